namespace BookingOps.Domain.Crew;

/// <summary>An assignment as lists show it: who, on what, when, and where it stands.</summary>
/// <remarks>Init properties rather than a constructor, so EF Core can sort and filter on the projection.</remarks>
public sealed record AssignmentView
{
    public int Id { get; init; }

    public int BookingId { get; init; }

    public string BookingNumber { get; init; } = string.Empty;

    public string ServiceType { get; init; } = string.Empty;

    public string? Address { get; init; }

    public int CrewMemberId { get; init; }

    public string CrewName { get; init; } = string.Empty;

    public string Role { get; init; } = string.Empty;

    public decimal Fee { get; init; }

    public AssignmentStatus Status { get; init; }

    public DateTimeOffset StartsAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    public string? DeclineReason { get; init; }

    public string? OverrideReason { get; init; }

    public long Version { get; init; }
}
