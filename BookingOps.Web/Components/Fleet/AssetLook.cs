using BookingOps.Domain.Fleet;

namespace BookingOps.Web.Components.Fleet;

public static class AssetLook
{
    public static string Kind(AssetKind kind) => kind switch
    {
        AssetKind.Vehicle => "Vehicle",
        AssetKind.Bin => "Bin",
        AssetKind.ExternalLorry => "Hired lorry",
        _ => "Equipment",
    };
}
