namespace BookingOps.Domain.Crew;

/// <summary>A person's jobs across the board's days (keyed by local date).</summary>
public sealed record BoardRow(int CrewMemberId, string Name, IReadOnlyList<string> Roles, IReadOnlyDictionary<DateOnly, IReadOnlyList<BoardCell>> Days);
