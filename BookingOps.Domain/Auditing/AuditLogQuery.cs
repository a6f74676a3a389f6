using BookingOps.Domain.Common;

namespace BookingOps.Domain.Auditing;

/// <summary>The audit log page's filters: user, entity type (and optionally one record), a date range in UTC.</summary>
public sealed record AuditLogQuery(
    string? UserId,
    string? EntityType,
    string? EntityId,
    DateTimeOffset? FromUtc,
    DateTimeOffset? ToUtc,
    PageRequest Page);
