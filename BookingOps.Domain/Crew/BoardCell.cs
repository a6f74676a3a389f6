namespace BookingOps.Domain.Crew;

/// <summary>One job on the board: which booking, in what role, from when, and its answer.</summary>
public sealed record BoardCell(int BookingId, string BookingNumber, string Role, DateTimeOffset StartsAt, DateTimeOffset EndsAt, AssignmentStatus Status);
