using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Notifications;

/// <summary>A notification as its reader sees it; <see cref="CreatedAt"/> is in the business's time zone.</summary>
public sealed record NotificationItem(long Id, NotificationKind Kind, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>The bell's figures: unread (counted up to <see cref="MyNotifications.CountedUpTo"/>) and the newest few.</summary>
public sealed record NotificationBellView(int Unread, IReadOnlyList<NotificationItem> Latest);

/// <summary>
/// The signed-in user's notifications: the office's if they work in the office, the Admin's if they are the Admin,
/// and their own; less the kinds they turned off. Read or not is theirs alone.
/// </summary>
public sealed class MyNotifications(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, BusinessCalendar calendar, TimeProvider clock)
{
    /// <summary>The bell shows "99+" beyond this: counting every unread one of years would cost every page.</summary>
    public const int CountedUpTo = 99;

    public async Task<NotificationBellView> BellAsync(int take, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ReaderAsync(db, cancellationToken) is not { } reader)
        {
            return new NotificationBellView(0, []);
        }

        var unread = await Unread(db, reader).Take(CountedUpTo + 1).CountAsync(cancellationToken);
        return new NotificationBellView(unread, await LocalAsync(await Items(db, reader, take).ToListAsync(cancellationToken)));
    }

    public async Task<PagedResult<NotificationItem>> ListAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ReaderAsync(db, cancellationToken) is not { } reader)
        {
            return new PagedResult<NotificationItem>([], 0);
        }

        return new PagedResult<NotificationItem>(
            await LocalAsync(await Items(db, reader, page.SafeSkip + page.SafeTake).Skip(page.SafeSkip).ToListAsync(cancellationToken)),
            await Visible(db, reader).CountAsync(cancellationToken));
    }

    public async Task MarkReadAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ReaderAsync(db, cancellationToken) is { } reader && await Unread(db, reader).AnyAsync(n => n.Id == id, cancellationToken))
        {
            db.NotificationReads.Add(new NotificationRead { NotificationId = id, UserId = reader.UserId, ReadAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Everything up to the newest one is read: the inbox moves its mark, and the single reads below it go.</summary>
    public async Task MarkAllReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ReaderAsync(db, cancellationToken) is not { } reader)
        {
            return;
        }

        var newest = await db.Notifications.MaxAsync(n => (long?)n.Id, cancellationToken) ?? 0;
        var inbox = await db.NotificationInboxes.FindAsync([reader.UserId], cancellationToken);
        if (inbox is null)
        {
            db.NotificationInboxes.Add(new NotificationInbox { UserId = reader.UserId, ReadThroughId = newest });
        }
        else
        {
            inbox.ReadThroughId = newest;
        }

        db.NotificationReads.RemoveRange(await db.NotificationReads.Where(r => r.UserId == reader.UserId && r.NotificationId <= newest).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The kinds this user can receive (office kinds only for the office), each with whether it is on.</summary>
    public async Task<IReadOnlyList<(NotificationKind Kind, bool On)>> PreferencesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ReaderAsync(db, cancellationToken) is not { } reader)
        {
            return [];
        }

        var off = await db.NotificationOptOuts.Where(o => o.UserId == reader.UserId).Select(o => o.Kind).ToListAsync(cancellationToken);
        return [.. KindsFor(reader).Select(kind => (kind, !off.Contains(kind)))];
    }

    public async Task SetAsync(NotificationKind kind, bool on, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ReaderAsync(db, cancellationToken) is not { } reader)
        {
            return;
        }

        var optOut = await db.NotificationOptOuts.FindAsync([reader.UserId, kind], cancellationToken);
        if (on && optOut is not null)
        {
            db.NotificationOptOuts.Remove(optOut);
        }
        else if (!on && optOut is null)
        {
            db.NotificationOptOuts.Add(new NotificationOptOut { UserId = reader.UserId, Kind = kind });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<NotificationKind> KindsFor(Reader reader) =>
        Enum.GetValues<NotificationKind>().Where(kind => Notification.AudienceOf(kind) switch
        {
            NotificationAudience.Office => reader.IsOffice,
            NotificationAudience.Admin => reader.IsAdmin,
            _ when kind == NotificationKind.ImportFinished => reader.IsOffice,
            _ => reader.IsCrew,
        });

    private async Task<IReadOnlyList<NotificationItem>> LocalAsync(List<NotificationItem> items)
    {
        var zone = await calendar.ZoneAsync();
        return [.. items.Select(i => i with { CreatedAt = TimeZoneInfo.ConvertTime(i.CreatedAt, zone) })];
    }

    private static IQueryable<Notification> Visible(BookingOpsDbContext db, Reader reader) =>
        db.Notifications.Where(n =>
                (n.Audience == NotificationAudience.Office && reader.IsOffice)
                || (n.Audience == NotificationAudience.Admin && reader.IsAdmin)
                || (n.Audience == NotificationAudience.Person && n.RecipientUserId == reader.UserId))
            .Where(n => !db.NotificationOptOuts.Any(o => o.UserId == reader.UserId && o.Kind == n.Kind));

    private static IQueryable<Notification> Unread(BookingOpsDbContext db, Reader reader) =>
        Visible(db, reader).Where(n => n.Id > reader.ReadThroughId && !db.NotificationReads.Any(r => r.UserId == reader.UserId && r.NotificationId == n.Id));

    /// <summary>
    /// The newest <paramref name="count"/> visible ones, newest first. Each audience is read newest first through its
    /// own index and the few rows merged: one condition over the three audiences made SQLite read and sort every
    /// notification of years to show eight.
    /// </summary>
    private static IQueryable<NotificationItem> Items(BookingOpsDbContext db, Reader reader, int count)
    {
        var audiences = new List<IQueryable<Notification>>
        {
            db.Notifications.Where(n => n.Audience == NotificationAudience.Person && n.RecipientUserId == reader.UserId),
        };
        if (reader.IsOffice)
        {
            audiences.Add(db.Notifications.Where(n => n.Audience == NotificationAudience.Office));
        }

        if (reader.IsAdmin)
        {
            audiences.Add(db.Notifications.Where(n => n.Audience == NotificationAudience.Admin));
        }

        return audiences
            .Select(audience => audience.Where(n => !db.NotificationOptOuts.Any(o => o.UserId == reader.UserId && o.Kind == n.Kind)).OrderByDescending(n => n.Id).Take(count))
            .Aggregate((all, next) => all.Concat(next))
            .OrderByDescending(n => n.Id)
            .Take(count)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt,
                n.Id <= reader.ReadThroughId || db.NotificationReads.Any(r => r.UserId == reader.UserId && r.NotificationId == n.Id)));
    }

    /// <summary>Who is reading: their roles (as their sign-in carries them) decide which audiences they are in.</summary>
    private async Task<Reader?> ReaderAsync(BookingOpsDbContext db, CancellationToken cancellationToken)
    {
        var current = await actor.GetAsync(cancellationToken);
        if (current.UserId is not { } userId)
        {
            return null;
        }

        var readThrough = await db.NotificationInboxes.Where(i => i.UserId == userId).Select(i => (long?)i.ReadThroughId).SingleOrDefaultAsync(cancellationToken) ?? 0;
        return new Reader(userId, current.IsOffice, current.IsAdmin, await db.CrewMembers.AnyAsync(m => m.UserId == userId, cancellationToken), readThrough);
    }

    private sealed record Reader(string UserId, bool IsOffice, bool IsAdmin, bool IsCrew, long ReadThroughId);
}
