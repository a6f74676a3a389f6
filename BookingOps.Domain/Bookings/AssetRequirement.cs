namespace BookingOps.Domain.Bookings;

/// <summary>Equipment the job needs, e.g. 1 × bin, size 4×12×6 ft.</summary>
public class AssetRequirement
{
    public string AssetType { get; set; } = string.Empty;

    public string? Size { get; set; }

    public int Count { get; set; }
}
