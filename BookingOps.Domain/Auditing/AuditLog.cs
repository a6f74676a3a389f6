using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Auditing;

/// <summary>Reads the audit log, newest first, filtered in SQL.</summary>
public sealed class AuditLog(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<PagedResult<AuditLogEntry>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.UserId))
        {
            entries = entries.Where(e => e.UserId == query.UserId);
        }

        if (!string.IsNullOrEmpty(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrEmpty(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId);
        }

        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(query.Page.SafeSkip)
            .Take(query.Page.SafeTake)
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(e => new AuditLogEntry(e.Id, e.OccurredAt, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, AuditChangeSet.Deserialize(e.Changes)))
            .ToList();
        return new PagedResult<AuditLogEntry>(items, total);
    }

    /// <summary>The entity types that appear in the log, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEntries.Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }
}
