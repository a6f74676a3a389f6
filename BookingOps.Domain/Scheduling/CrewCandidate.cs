namespace BookingOps.Domain.Scheduling;

/// <summary>What the conflict detector needs to know about a person.</summary>
public sealed record CrewCandidate(
    string Name,
    bool IsActive,
    IReadOnlyCollection<string> Roles,
    IReadOnlyCollection<Commitment> Commitments,
    IReadOnlyCollection<Unavailability> TimeOff);
