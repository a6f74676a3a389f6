namespace BookingOps.Domain.Fleet;

/// <summary>What each kind of asset is called on pages, boards and documents.</summary>
public static class AssetKindNames
{
    public static string Label(AssetKind kind) => kind switch
    {
        AssetKind.Vehicle => "Vehicle",
        AssetKind.Bin => "Bin",
        AssetKind.ExternalLorry => "Hired lorry",
        _ => "Equipment",
    };
}
