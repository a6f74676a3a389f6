namespace BookingOps.Domain.Crew;

/// <summary>A booking on the board that still misses people.</summary>
public sealed record UnfilledBooking(int BookingId, string BookingNumber, DateOnly Day, IReadOnlyList<StaffingGap> Gaps);
