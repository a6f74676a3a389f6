namespace BookingOps.Domain.Crew;

/// <summary>A person in a booking's picker; <see cref="Busy"/> says why they cannot take it, if they cannot.</summary>
public sealed record CrewPick(int Id, string Name, decimal DefaultRate, string? Busy)
{
    public string Label => Busy is null ? Name : $"{Name} (busy: {Busy})";
}
