using BookingOps.Domain.Auditing;

namespace BookingOps.Domain.Live;

/// <summary>
/// One saved record: its kind (the entity's class name, e.g. "Payment"), its id, and the records it belongs to
/// by foreign key ("Invoice" → 12), so a page can tell whether a change is about what it shows; whether it was
/// created, updated or deleted, and the new values of what changed as the audit log records them ("Status" →
/// "Confirmed"), so notifications can tell what happened. A change standing for many records of a kind (an
/// import) has id 0, no links and no values, and concerns every record of that kind.
/// </summary>
public sealed record DataChange(
    string EntityType,
    int Id,
    IReadOnlyDictionary<string, int>? Links = null,
    AuditAction Action = AuditAction.Updated,
    IReadOnlyDictionary<string, string?>? Values = null)
{
    /// <summary>Whether the save set <paramref name="property"/> to <paramref name="value"/> (on creation, or as a change).</summary>
    public bool Set(string property, string value) => Values is not null && Values.TryGetValue(property, out var now) && now == value;

    /// <summary>The record it belongs to of a kind, if any ("Booking" of a crew assignment).</summary>
    public int? LinkTo(string entityType) => Links is not null && Links.TryGetValue(entityType, out var id) ? id : null;

    public bool Is<T>() => EntityType == typeof(T).Name;

    /// <summary>This record, one of many of its kind, or one that belongs to it.</summary>
    public bool Touches(string entityType, int id) =>
        EntityType == entityType && (Id == id || Id == 0)
        || Links is not null && Links.TryGetValue(entityType, out var linked) && linked == id;
}

/// <summary>
/// Everything one commit changed, published once after it: a page refreshes at most once per commit however many
/// rows it wrote. <see cref="Origin"/> is the circuit or request that saved it, so the page that acted (and reloads
/// itself) is not refreshed a second time.
/// </summary>
public sealed record ChangeSet(long Sequence, ChangeOrigin? Origin, IReadOnlyList<DataChange> Changes)
{
    /// <summary>Whether any change is of one of these kinds ("Booking", "CrewAssignment"…).</summary>
    public bool Has(params ReadOnlySpan<string> entityTypes)
    {
        foreach (var change in Changes)
        {
            if (entityTypes.Contains(change.EntityType))
            {
                return true;
            }
        }

        return false;
    }

    public bool Has<T>() => Has(typeof(T).Name);

    /// <summary>Whether the commit changed this record or one that belongs to it (a booking's invoice, an invoice's payment).</summary>
    public bool Touches<T>(int id) => Changes.Any(c => c.Touches(typeof(T).Name, id));
}

/// <summary>Who saved a change: one per circuit or request (a scoped service), compared by identity.</summary>
public sealed class ChangeOrigin;
