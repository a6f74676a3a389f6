using BookingOps.Domain.Scheduling;

namespace BookingOps.Domain.Fleet;

/// <summary>What the conflict detector needs to know about a vehicle, bin or piece of equipment.</summary>
public sealed record AssetCandidate(
    string Label,
    bool IsActive,
    BinState? BinState,
    int? WithCustomerId,
    IReadOnlyCollection<Commitment> Commitments,
    IReadOnlyCollection<DocumentExpiry> Documents);
