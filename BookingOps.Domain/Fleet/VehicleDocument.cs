namespace BookingOps.Domain.Fleet;

/// <summary>A vehicle's road tax, insurance or permit and the last day it is valid.</summary>
public class VehicleDocument
{
    public int Id { get; set; }

    public int AssetId { get; set; }

    public string Kind { get; set; } = string.Empty;

    public DateOnly ExpiresOn { get; set; }

    public static IReadOnlyList<string> Kinds { get; } = ["road tax", "insurance", "permit"];
}
