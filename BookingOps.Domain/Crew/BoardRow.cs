namespace BookingOps.Domain.Crew;

/// <summary>A person's or an asset's jobs across the board's days (keyed by local date), with what it is (roles, or kind and size).</summary>
public sealed record BoardRow(int Id, string Name, IReadOnlyList<string> Tags, IReadOnlyDictionary<DateOnly, IReadOnlyList<BoardCell>> Days);
