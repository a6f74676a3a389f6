namespace BookingOps.Domain.Auditing;

/// <summary>The property's values never reach the audit log (ID numbers, secrets); a change is recorded as "(redacted)".</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute;
