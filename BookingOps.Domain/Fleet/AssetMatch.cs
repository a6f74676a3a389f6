namespace BookingOps.Domain.Fleet;

/// <summary>
/// Which assets fill one of a booking's equipment requirements. The requirement's type is free text:
/// "bin", "lorry" (own or hired), "hired lorry", "vehicle", "equipment", or what the equipment is
/// ("sound system"), which then has to appear in the equipment's description. A size, when given, must match.
/// </summary>
public sealed record AssetMatch(IReadOnlyList<AssetKind> Kinds, string? SizeKey, string? Term)
{
    /// <summary>The types the booking form suggests; anything else names a piece of equipment.</summary>
    public static IReadOnlyList<string> KnownTypes { get; } = ["bin", "lorry", "hired lorry", "vehicle", "equipment"];

    public static AssetMatch For(string assetType, string? size)
    {
        var type = string.Join(' ', assetType.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        IReadOnlyList<AssetKind>? kinds = type switch
        {
            "bin" or "bins" or "skip" or "skips" => [AssetKind.Bin],
            "lorry" or "lorries" or "truck" or "trucks" => [AssetKind.Vehicle, AssetKind.ExternalLorry],
            "vehicle" or "vehicles" or "van" => [AssetKind.Vehicle],
            "hired lorry" or "external lorry" or "rented lorry" => [AssetKind.ExternalLorry],
            "equipment" => [AssetKind.Equipment],
            _ => null,
        };
        return kinds is null
            ? new AssetMatch([AssetKind.Equipment], AssetSize.Key(size), type)
            : new AssetMatch(kinds, AssetSize.Key(size), null);
    }

    /// <summary>Narrow requirements claim assets before broad ones, so "1 bin 4×12×6" is not starved by "2 bins".</summary>
    public int Specificity => (SizeKey is null ? 0 : 2) + (Term is null ? 0 : 2) + (Kinds.Count == 1 ? 1 : 0);

    public bool Fits(AssetTraits asset) =>
        Kinds.Contains(asset.Kind)
        && (SizeKey is null || asset.SizeKey == SizeKey)
        && (Term is null || (asset.Description?.Contains(Term, StringComparison.OrdinalIgnoreCase) ?? false));
}
