namespace BookingOps.Domain.Auditing;

public sealed record AuditChange(string Property, string? Before, string? After);
