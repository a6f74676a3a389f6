namespace BookingOps.Domain.Scheduling;

/// <summary>A window in which someone cannot work, with its note.</summary>
public sealed record Unavailability(TimeWindow Window, string? Note);
