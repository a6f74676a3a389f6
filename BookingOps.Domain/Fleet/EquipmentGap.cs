namespace BookingOps.Domain.Fleet;

/// <summary>One of a booking's equipment requirements, how many it needs and how many assigned assets fill it.</summary>
public sealed record EquipmentGap(string AssetType, string? Size, int Needed, int Assigned)
{
    public int Missing => Math.Max(0, Needed - Assigned);

    public string Describe() => $"{Missing} × {AssetType}{(Size is null ? string.Empty : $" ({Size})")}";
}
