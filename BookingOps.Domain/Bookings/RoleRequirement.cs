namespace BookingOps.Domain.Bookings;

/// <summary>People the job needs, e.g. 2 × dancer.</summary>
public class RoleRequirement
{
    public string Role { get; set; } = string.Empty;

    public int Count { get; set; }
}
