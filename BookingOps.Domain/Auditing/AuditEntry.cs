namespace BookingOps.Domain.Auditing;

/// <summary>One saved change to one record: who, when, what, and the values before and after.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    /// <summary>JSON array of <see cref="AuditChange"/>; see <see cref="AuditChangeSet"/>.</summary>
    public string Changes { get; set; } = "[]";
}
