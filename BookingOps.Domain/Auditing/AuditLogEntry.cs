namespace BookingOps.Domain.Auditing;

public sealed record AuditLogEntry(
    long Id,
    DateTimeOffset OccurredAt,
    string? UserId,
    string UserName,
    string EntityType,
    string EntityId,
    AuditAction Action,
    IReadOnlyList<AuditChange> Changes);
