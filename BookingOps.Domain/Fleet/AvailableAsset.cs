namespace BookingOps.Domain.Fleet;

/// <summary>An asset the finder offers for a booking: free, fit for the requirement, in the job's area or not.</summary>
public sealed record AvailableAsset(int Id, string Code, AssetKind Kind, string? Size, string? Area, bool SameArea, double HoursBookedThatWeek);
