using BookingOps.Domain.Jobs;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Bookings;

/// <summary>
/// The tentative hold job: releases the dates of holds that have lapsed (<see cref="BookingService.ExpireHoldsAsync"/>)
/// and warns the office of each hold lapsing within <see cref="WarnAhead"/>, once per hold (an extended hold is warned of anew).
/// A day's holds are read whole: the day bounds them, and a batch limit would stop at the first batch already warned of.
/// </summary>
public sealed class HoldExpiry(BookingService bookings, IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "hold-expiry", "Tentative hold expiry",
        "Releases the dates of tentative bookings whose hold has lapsed, and warns the office of holds lapsing within a day.", JobSchedule.Every(5));

    public static readonly TimeSpan WarnAhead = TimeSpan.FromDays(1);

    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var released = await bookings.ExpireHoldsAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var soon = now + WarnAhead;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lapsing = await (
            from b in db.Bookings.AsNoTracking()
            where b.Status == BookingStatus.Tentative && b.HoldExpiresAt > now && b.HoldExpiresAt <= soon
            join c in db.Customers on b.CustomerId equals c.Id
            orderby b.HoldExpiresAt
            select new { b.Id, b.Number, HoldExpiresAt = b.HoldExpiresAt!.Value, Customer = c.Name })
            .ToListAsync(cancellationToken);
        var warnings = new List<Notification>();
        foreach (var hold in lapsing)
        {
            warnings.Add(Notification.Of(
                $"hold-expiring:{hold.Id}:{hold.HoldExpiresAt.UtcTicks}", NotificationKind.HoldExpiring,
                $"The hold on {hold.Number} for {hold.Customer} lapses on {await calendar.FormatAsync(hold.HoldExpiresAt)}; confirm it or let the dates go.",
                $"bookings/{hold.Id}", now));
        }

        var warned = await OfficeNotifications.RaiseOnceAsync(db, warnings, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return released == 0 && warned == 0
            ? "No hold lapsed or lapsing."
            : $"{JobOutcome.Count(released, "hold", "holds")} released; {JobOutcome.Count(warned, "hold", "holds")} lapsing within a day.";
    }
}
