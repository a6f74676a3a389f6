using System.Security.Cryptography;
using System.Text;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace BookingOps.Domain.Calendar;

/// <summary>Whether the signed-in user has a calendar link, and since when.</summary>
public sealed record CalendarFeedState(bool IsOn, DateTimeOffset? CreatedAt);

/// <summary>
/// Private iCalendar feeds for Google, Apple or Outlook calendar. The office's feed holds the bookings; a crew
/// member's only their own jobs (offered or accepted) and the delivery orders they drive, with no money and no
/// customer contact. A calendar app fetches the address without signing in, so the token is the only key: 32
/// random bytes, kept as a SHA-256 hash, revoked by making a new link or turning the feed off, and dead with its
/// user's account.
/// </summary>
public sealed class CalendarFeeds(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, BusinessCalendar calendar, TimeProvider clock)
{
    /// <summary>How far back and ahead a feed reaches: recent work stays visible, next year's is there to plan.</summary>
    public static readonly (int Back, int Ahead) Days = (30, 365);

    private const int Limit = 3_000;

    public async Task<CalendarFeedState> MineAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var created = await db.CalendarFeeds.Where(f => f.UserId == userId).Select(f => (DateTimeOffset?)f.CreatedAt).SingleOrDefaultAsync(cancellationToken);
        return new CalendarFeedState(created is not null, created);
    }

    /// <summary>Makes the user's link (replacing, so revoking, any earlier one) and returns its token: shown once, never kept.</summary>
    public async Task<string> CreateAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { UserId = userId };
            db.CalendarFeeds.Add(feed);
        }

        (feed.TokenHash, feed.CreatedAt) = (Hash(token), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    public async Task RevokeAsync(CancellationToken cancellationToken = default)
    {
        var userId = await UserIdAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var feed = await db.CalendarFeeds.SingleOrDefaultAsync(f => f.UserId == userId, cancellationToken);
        if (feed is not null)
        {
            db.CalendarFeeds.Remove(feed);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The feed a token opens, as iCalendar text, or null for a token that opens nothing (unknown, revoked, or its
    /// user deactivated). <paramref name="appAddress"/> is the app's own address, for links back to a booking.
    /// </summary>
    public async Task<string?> RenderAsync(string token, Uri appAddress, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owner = await (
            from f in db.CalendarFeeds
            where f.TokenHash == hash
            join u in db.Users on f.UserId equals u.Id
            where u.IsActive
            select new
            {
                u.Id,
                IsOffice = db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.Admin || r.Name == Roles.Staff))),
            }).SingleOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return null;
        }

        var zone = await calendar.ZoneAsync();
        var today = await calendar.TodayAsync();
        var since = BusinessCalendar.ToUtc(today.AddDays(-Days.Back).ToDateTime(TimeOnly.MinValue), zone);
        var until = BusinessCalendar.ToUtc(today.AddDays(Days.Ahead).ToDateTime(TimeOnly.MinValue), zone);
        var feed = new IcalCalendar { ProductId = "-//BookingOps//Calendar feed//EN" };
        feed.AddProperty("X-WR-CALNAME", owner.IsOffice ? "BookingOps bookings" : "BookingOps: my jobs");
        var events = owner.IsOffice
            ? await OfficeEventsAsync(db, since, until, appAddress, cancellationToken)
            : await CrewEventsAsync(db, owner.Id, since, until, today, cancellationToken);
        feed.Events.AddRange(events);
        return new CalendarSerializer().SerializeToString(feed);
    }

    private async Task<List<CalendarEvent>> OfficeEventsAsync(BookingOpsDbContext db, DateTimeOffset since, DateTimeOffset until, Uri appAddress, CancellationToken cancellationToken)
    {
        var bookings = await (
            from b in BookingDirectory.Overlapping(db.Bookings.AsNoTracking(), since, until)
            where b.Status != BookingStatus.Cancelled
            join c in db.Customers on b.CustomerId equals c.Id
            orderby b.StartsAt
            select new { b.Id, b.Number, b.Status, b.ServiceType, b.Address, b.StartsAt, b.EndsAt, Customer = c.Name })
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return bookings.ConvertAll(b => Event(
            $"booking-{b.Id}", $"{b.Number} · {b.Customer}{(b.Status == BookingStatus.Tentative ? " (tentative)" : string.Empty)}",
            b.StartsAt, b.EndsAt, b.Address, b.ServiceType, new Uri(appAddress, $"bookings/{b.Id}")));
    }

    private async Task<List<CalendarEvent>> CrewEventsAsync(BookingOpsDbContext db, string userId, DateTimeOffset since, DateTimeOffset until, DateOnly today, CancellationToken cancellationToken)
    {
        var jobs = await (
            from a in db.CrewAssignments.AsNoTracking()
            join m in db.CrewMembers on a.CrewMemberId equals m.Id
            where m.UserId == userId && a.StartsAt < until && a.EndsAt > since
                && (a.Status == AssignmentStatus.Offered || a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed)
            join b in db.Bookings on a.BookingId equals b.Id
            where b.Status != BookingStatus.Cancelled
            orderby a.StartsAt
            select new { a.Id, a.Role, a.Status, a.StartsAt, a.EndsAt, b.Number, b.ServiceType, b.Address })
            .Take(Limit)
            .ToListAsync(cancellationToken);
        var first = today.AddDays(-Days.Back);
        var last = today.AddDays(Days.Ahead);
        var drives = await (
            from o in db.DeliveryOrders.AsNoTracking()
            join m in db.CrewMembers on o.DriverId equals (int?)m.Id
            where m.UserId == userId && o.ScheduledOn >= first && o.ScheduledOn < last
                && o.Status != DeliveryOrderStatus.Draft && o.Status != DeliveryOrderStatus.Cancelled
            orderby o.ScheduledOn
            select new { o.Id, o.Number, o.Kind, o.ScheduledOn, o.SiteAddress })
            .Take(Limit)
            .ToListAsync(cancellationToken);
        return
        [
            .. jobs.Select(j => Event(
                $"job-{j.Id}", $"{j.Role}: {j.ServiceType}{(j.Status == AssignmentStatus.Offered ? " (offered, not yet accepted)" : string.Empty)}",
                j.StartsAt, j.EndsAt, j.Address, $"Booking {j.Number}", null)),
            .. drives.Select(o => AllDay(
                $"order-{o.Id}", $"{(o.Kind == DeliveryOrderKind.Delivery ? "Deliver" : "Collect")}: {o.Number}", o.ScheduledOn, o.SiteAddress)),
        ];
    }

    private CalendarEvent Event(string uid, string summary, DateTimeOffset starts, DateTimeOffset ends, string? location, string? description, Uri? link) => new()
    {
        Uid = $"{uid}@bookingops",
        Summary = summary,
        DtStart = new CalDateTime(starts.UtcDateTime),
        DtEnd = new CalDateTime(ends.UtcDateTime),
        DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime),
        Location = location,
        Description = description,
        Url = link,
    };

    private CalendarEvent AllDay(string uid, string summary, DateOnly day, string? location) => new()
    {
        Uid = $"{uid}@bookingops",
        Summary = summary,
        DtStart = new CalDateTime(day),
        DtEnd = new CalDateTime(day.AddDays(1)),
        DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime),
        Location = location,
    };

    private async Task<string> UserIdAsync(CancellationToken cancellationToken) =>
        (await actor.GetAsync(cancellationToken)).UserId ?? throw new BusinessRuleException("Sign in to have a calendar link.");

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
