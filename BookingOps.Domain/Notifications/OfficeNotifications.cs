using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Notifications;

/// <summary>The office's notifications: raised once per source, newest first.</summary>
public sealed class OfficeNotifications(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<IReadOnlyList<Notification>> LatestAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.AsNoTracking().OrderByDescending(n => n.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Adds each notification whose source has not raised one yet (one read for them all) and says how many; the
    /// caller saves, inside the raising transaction.
    /// </summary>
    internal static async Task<int> RaiseOnceAsync(BookingOpsDbContext db, IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        var keys = notifications.Select(n => n.SourceKey).Distinct().ToList();
        var raised = await db.Notifications.Where(n => keys.Contains(n.SourceKey)).Select(n => n.SourceKey).ToListAsync(cancellationToken);
        var fresh = notifications.Where(n => !raised.Contains(n.SourceKey)).DistinctBy(n => n.SourceKey).ToList();
        db.Notifications.AddRange(fresh);
        return fresh.Count;
    }
}
