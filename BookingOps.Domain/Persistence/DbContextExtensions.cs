using BookingOps.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BookingOps.Domain.Persistence;

public static class DbContextExtensions
{
    /// <summary>
    /// One use case's change of one record in its own transaction: loads it, applies <paramref name="change"/>
    /// (which may read or add other rows through the same context), saves it against the version the user
    /// saw and commits. Refused with <paramref name="notFound"/> if the record is gone.
    /// </summary>
    public static async Task ChangeVersionedAsync<T>(
        this IDbContextFactory<BookingOpsDbContext> dbFactory,
        int id,
        long version,
        Func<BookingOpsDbContext, T, Task> change,
        string notFound,
        string conflictMessage,
        CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entity = await db.Set<T>().FindAsync([id], cancellationToken) ?? throw new BusinessRuleException(notFound);
        await change(db, entity);
        await db.SaveVersionedAsync(entity, version, conflictMessage, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Saves changes to <paramref name="entity"/> only if it is still at <paramref name="expectedVersion"/>,
    /// the version the user's form was loaded from; otherwise nothing is written.
    /// </summary>
    public static async Task SaveVersionedAsync<T>(this DbContext db, T entity, long expectedVersion, string conflictMessage, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        if (entity.Version != expectedVersion)
        {
            throw new ConcurrencyConflictException(conflictMessage);
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(conflictMessage);
        }
    }

    /// <summary>
    /// Whether any other table holds a row pointing at this record. Read from the model, so every
    /// module that adds a foreign key to it (bookings, invoices…) counts without being named here.
    /// </summary>
    public static async Task<bool> IsReferencedAsync<T>(this DbContext db, object key, CancellationToken cancellationToken)
        where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        foreach (var foreignKey in entityType.GetReferencingForeignKeys())
        {
            var dependent = foreignKey.DeclaringEntityType;
            var table = dependent.GetTableName();
            if (table is null || foreignKey.Properties.Count != 1)
            {
                continue;
            }

            var column = foreignKey.Properties[0].GetColumnName(StoreObjectIdentifier.Table(table, dependent.GetSchema()));
            var sql = $"SELECT EXISTS(SELECT 1 FROM \"{table}\" WHERE \"{column}\" = {{0}}) AS \"Value\"";
            if (await db.Database.SqlQueryRaw<bool>(sql, key).SingleAsync(cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
