using System.Text.Json;

namespace BookingOps.Domain.Auditing;

/// <summary>Reads and writes the <see cref="AuditEntry.Changes"/> column.</summary>
public static class AuditChangeSet
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(IReadOnlyList<AuditChange> changes) => JsonSerializer.Serialize(changes, Options);

    public static IReadOnlyList<AuditChange> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<AuditChange>>(json, Options) ?? [];
}
