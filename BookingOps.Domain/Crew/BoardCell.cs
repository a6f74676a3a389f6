namespace BookingOps.Domain.Crew;

/// <summary>
/// One job on the board: a booking (in what role, its times in the business's time zone, its answer, and,
/// where an Admin let it double-book, the reason they gave) or a delivery order, which takes its whole day
/// and shows how far the driver has got. <see cref="Link"/> opens it.
/// </summary>
public sealed record BoardCell(string Link, string Number, string Role, DateTime Start, DateTime End, AssignmentStatus Status, string? OverrideReason, bool AllDay = false)
{
    public bool IsOverridden => OverrideReason is not null;
}
