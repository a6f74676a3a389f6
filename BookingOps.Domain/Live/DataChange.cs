namespace BookingOps.Domain.Live;

/// <summary>Something was saved: the kind of record (e.g. "Booking") and its id.</summary>
public sealed record DataChange(string EntityType, int Id);
