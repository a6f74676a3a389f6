namespace BookingOps.Domain.Fleet;

/// <summary>What an equipment requirement looks at in an asset.</summary>
public sealed record AssetTraits(AssetKind Kind, string? SizeKey, string? Description);
