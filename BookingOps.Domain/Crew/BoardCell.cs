namespace BookingOps.Domain.Crew;

/// <summary>
/// One job on the board: which booking, in what role, its times in the business's time zone, its answer,
/// and, where an Admin let it double-book, the reason they gave.
/// </summary>
public sealed record BoardCell(int BookingId, string BookingNumber, string Role, DateTime Start, DateTime End, AssignmentStatus Status, string? OverrideReason)
{
    public bool IsOverridden => OverrideReason is not null;
}
