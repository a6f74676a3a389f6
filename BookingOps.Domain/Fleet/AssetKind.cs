namespace BookingOps.Domain.Fleet;

public enum AssetKind
{
    Vehicle = 1,
    Bin = 2,

    /// <summary>A lorry hired in from another company for a job.</summary>
    ExternalLorry = 3,
    Equipment = 4,
}
