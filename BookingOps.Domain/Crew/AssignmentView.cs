namespace BookingOps.Domain.Crew;

/// <summary>An assignment as lists show it: who, on what, when, and where it stands.</summary>
public sealed record AssignmentView(
    int Id,
    int BookingId,
    string BookingNumber,
    string ServiceType,
    string? Address,
    int CrewMemberId,
    string CrewName,
    string Role,
    decimal Fee,
    AssignmentStatus Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? DeclineReason,
    string? OverrideReason,
    long Version);
