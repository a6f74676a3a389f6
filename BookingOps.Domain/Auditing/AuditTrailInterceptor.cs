using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using System.Data.Common;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Live;
using BookingOps.Domain.Notifications;

namespace BookingOps.Domain.Auditing;

/// <summary>
/// The one mechanism that writes the audit log, stamps row versions and announces changes, for every entity and
/// every save. Audit rows are written after the change itself (so generated keys are known) inside the same
/// transaction, which this interceptor opens when the caller has not: the change and its audit entry commit
/// together or not at all. What was saved is published on the <see cref="ChangeFeed"/> when the transaction
/// commits (the caller's, after all its saves), and never when it rolls back.
/// </summary>
public sealed class AuditTrailInterceptor(ICurrentActor currentActor, TimeProvider clock, ChangeFeed changeFeed, ChangeOrigin origin)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Past this many records of one kind in a commit (an import), pages hear "many of this kind" instead.</summary>
    private const int ChangesListedPerKind = 50;

    /// <summary>Values that must never be readable in the log, whatever the entity.</summary>
    /// <summary>
    /// What the app keeps for itself rather than what people did: announced to open pages, never written to the log
    /// (the e-mail job alone records a run every minute; every bell opened marks reads).
    /// </summary>
    private static readonly HashSet<Type> Unlogged = [typeof(JobRun), typeof(JobLease), typeof(NotificationRead), typeof(NotificationInbox)];

    private static readonly HashSet<string> SecretProperties = new(StringComparer.Ordinal)
    {
        nameof(IdentityUser.PasswordHash),
        nameof(IdentityUser.SecurityStamp),
        nameof(IdentityUser.ConcurrencyStamp),
        nameof(Mail.MailSettings.ProtectedPassword),
        nameof(IdentityUser.NormalizedEmail),
        nameof(IdentityUser.NormalizedUserName),
        nameof(IVersioned.Version),
    };

    private readonly ConditionalWeakTable<DbContext, PendingAudit> pending = new();
    private readonly ConditionalWeakTable<DbContext, List<DataChange>> uncommitted = new();

    public bool Enabled { get; set; } = true;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is null || pending.TryGetValue(context, out _))
        {
            return result;
        }

        StampVersions(context);
        if (!Enabled)
        {
            return result;
        }

        var captured = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e))
            .Select(Capture)
            .Where(c => c.Action != AuditAction.Updated || c.Changes.Count > 0)
            .ToList();
        if (captured.Count == 0)
        {
            return result;
        }

        var actor = await currentActor.GetAsync(cancellationToken);
        await EnsureSignInStandsAsync(context, actor, cancellationToken);
        var ownTransaction = context.Database.CurrentTransaction is null
            ? await context.Database.BeginTransactionAsync(cancellationToken)
            : null;
        pending.Add(context, new PendingAudit(captured, actor, ownTransaction));
        return result;
    }

    /// <summary>
    /// Every write checks that its user is still active with the security stamp they signed in with, so a
    /// deactivation, role change or password reset stops an open page's writes at once, not at its next revalidation.
    /// </summary>
    private static async Task EnsureSignInStandsAsync(DbContext context, Actor actor, CancellationToken cancellationToken)
    {
        if (actor.UserId is null || actor.SecurityStamp is null)
        {
            return;
        }

        var account = await context.Set<AppUser>().AsNoTracking()
            .Where(u => u.Id == actor.UserId)
            .Select(u => new { u.IsActive, u.SecurityStamp })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is not { IsActive: true } || account.SecurityStamp != actor.SecurityStamp)
        {
            throw new SessionEndedException();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new NotSupportedException("Save with SaveChangesAsync so the audit trail can be written.");

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var context = eventData.Context;
        if (context is null || !pending.TryGetValue(context, out var audit) || audit.Writing)
        {
            return result;
        }

        audit.Writing = true;
        try
        {
            var now = clock.GetUtcNow();
            context.Set<AuditEntry>().AddRange(audit.Captured.Where(c => !Unlogged.Contains(c.Entry.Metadata.ClrType)).Select(c => new AuditEntry
            {
                OccurredAt = now,
                UserId = audit.Actor.UserId,
                UserName = audit.Actor.Name,
                EntityType = c.EntityType,
                EntityId = c.Key ?? KeyOf(c.Entry),
                Action = c.Action,
                Changes = AuditChangeSet.Serialize(c.Changes),
            }));
            await context.SaveChangesAsync(cancellationToken);
            uncommitted.GetValue(context, _ => []).AddRange(audit.Captured.Select(Announced));
            if (audit.OwnTransaction is not null)
            {
                await audit.OwnTransaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await EndAsync(context, audit);
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var audit) && !audit.Writing)
        {
            await EndAsync(context, audit);
        }
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var audit) && !audit.Writing)
        {
            await EndAsync(context, audit);
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && uncommitted.TryGetValue(context, out var saved))
        {
            uncommitted.Remove(context);
            changeFeed.Publish(Summarised(saved), origin);
        }

        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            uncommitted.Remove(context);
        }
    }

    /// <summary>Disposing an uncommitted transaction rolls it back.</summary>
    private async Task EndAsync(DbContext context, PendingAudit audit)
    {
        pending.Remove(context);
        if (audit.OwnTransaction is not null)
        {
            await audit.OwnTransaction.DisposeAsync();
        }
    }

    private static void StampVersions(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }

    /// <summary>Everything but the log itself and Identity's token, login and claim rows; role membership is kept.</summary>
    private static bool IsAudited(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        if (type.IsGenericType)
        {
            return type.GetGenericTypeDefinition() == typeof(IdentityUserRole<>);
        }

        return entry.Entity is not AuditEntry;
    }

    private static CapturedChange Capture(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Created,
            EntityState.Deleted => AuditAction.Deleted,
            _ => AuditAction.Updated,
        };

        // Owned values (a booking's price lines) are recorded in their owner's history, e.g. "PriceLines.Quantity".
        var ownership = entry.Metadata.FindOwnership();
        var prefix = ownership?.PrincipalToDependent is { } navigation ? navigation.Name + "." : string.Empty;
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (SecretProperties.Contains(name) || property.Metadata.IsKey() || property.Metadata.IsForeignKey() && ownership is not null)
            {
                continue;
            }

            var before = action == AuditAction.Created ? null : Format(property.OriginalValue);
            var after = action == AuditAction.Deleted ? null : Format(property.CurrentValue);
            if (before == after || (action == AuditAction.Updated && !property.IsModified))
            {
                continue;
            }

            if (property.Metadata.PropertyInfo?.GetCustomAttribute<AuditRedactedAttribute>() is not null)
            {
                (before, after) = (before is null ? null : "(redacted)", after is null ? null : "(redacted)");
            }

            changes.Add(new AuditChange(prefix + name, before, after));
        }

        var entityType = EntityName((ownership?.PrincipalEntityType ?? entry.Metadata).ClrType);

        // Keys of added rows are generated by the database, so they are read after the save.
        var key = action == AuditAction.Created ? null : KeyOf(entry);
        return new CapturedChange(entry, key, entityType, action, changes);
    }

    /// <summary>
    /// The saved record as pages hear of it: its class's name (what pages compare with <c>nameof</c>), its id, and
    /// the records it belongs to by foreign key. An owned value (a booking's price line) is its owner's change.
    /// </summary>
    private static DataChange Announced(CapturedChange change)
    {
        var entry = change.Entry;
        var ownership = entry.Metadata.FindOwnership();
        var type = (ownership?.PrincipalEntityType ?? entry.Metadata).ClrType;
        var id = int.TryParse(change.Key ?? KeyOf(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? key : 0;
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var foreignKey in (ownership?.PrincipalEntityType ?? entry.Metadata).GetForeignKeys().Where(f => f.Properties.Count == 1 && f.PrincipalEntityType.FindOwnership() is null))
        {
            if (ownership is null && entry.Property(foreignKey.Properties[0].Name).CurrentValue is int linked)
            {
                links[foreignKey.PrincipalEntityType.ClrType.Name] = linked;
            }
        }

        var values = ownership is null ? change.Changes.ToDictionary(c => c.Property, c => c.After, StringComparer.Ordinal) : null;
        return new DataChange(type.IsGenericType ? "UserRole" : type.Name, id, links, ownership is null ? change.Action : AuditAction.Updated, values);
    }

    /// <summary>One change per record, and one "many" per kind that a commit wrote in bulk.</summary>
    private static List<DataChange> Summarised(List<DataChange> saved) =>
        [.. saved.DistinctBy(c => (c.EntityType, c.Id))
            .GroupBy(c => c.EntityType)
            .SelectMany(kind => kind.Count() > ChangesListedPerKind ? [new DataChange(kind.Key, 0)] : kind.AsEnumerable())];

    private static string EntityName(Type type) =>
        type.GetCustomAttribute<AuditNameAttribute>()?.Name
        ?? (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IdentityUserRole<>) ? "UserRole" : type.Name);

    /// <summary>The record's key, or for an owned value its owner's key.</summary>
    private static string KeyOf(EntityEntry entry)
    {
        var keyProperties = entry.Metadata.FindOwnership()?.Properties ?? entry.Metadata.FindPrimaryKey()!.Properties;
        return string.Join(",", keyProperties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),

        // 100.0 and 100.00 are the same amount: recorded as 100, as the forms show it.
        decimal m => Decimals.Trimmed(m).ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record CapturedChange(EntityEntry Entry, string? Key, string EntityType, AuditAction Action, IReadOnlyList<AuditChange> Changes);

    private sealed class PendingAudit(IReadOnlyList<CapturedChange> captured, Actor actor, IDbContextTransaction? ownTransaction)
    {
        public IReadOnlyList<CapturedChange> Captured { get; } = captured;

        public Actor Actor { get; } = actor;

        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;

        public bool Writing { get; set; }
    }
}
