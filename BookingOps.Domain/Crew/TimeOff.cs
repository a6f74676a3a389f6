namespace BookingOps.Domain.Crew;

/// <summary>A window in which a crew member cannot work.</summary>
public class TimeOff
{
    public int Id { get; set; }

    public int CrewMemberId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public string? Note { get; set; }
}
