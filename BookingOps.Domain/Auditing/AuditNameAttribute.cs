namespace BookingOps.Domain.Auditing;

/// <summary>The entity name shown in the audit log when the class name is not the business word.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuditNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
