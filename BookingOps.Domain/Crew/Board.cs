namespace BookingOps.Domain.Crew;

public sealed record Board(IReadOnlyList<DateOnly> Days, IReadOnlyList<BoardRow> Rows, IReadOnlyList<UnfilledBooking> Unfilled);
