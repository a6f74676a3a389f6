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

    /// <summary>Adds the notification unless its source already raised one; true when added. Call inside the raising transaction.</summary>
    internal static async Task<bool> RaiseOnceAsync(BookingOpsDbContext db, Notification notification, CancellationToken cancellationToken)
    {
        if (await db.Notifications.AnyAsync(n => n.SourceKey == notification.SourceKey, cancellationToken))
        {
            return false;
        }

        db.Notifications.Add(notification);
        return true;
    }
}
