namespace BookingOps.Domain.Scheduling;

/// <summary>Why an assignment would clash, with what it collides with so the user can look at it.</summary>
public sealed record Conflict(ConflictKind Kind, string Message, int? OtherBookingId = null, TimeWindow? OtherWindow = null);
