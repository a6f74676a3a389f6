using System.Globalization;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>
/// The pending delivery order digest: once a business day, one office notification counting the orders done and
/// still waiting for their invoice, naming the oldest few. Nothing when none waits; never two for one day.
/// </summary>
public sealed class PendingOrderDigest(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "pending-order-digest", "Pending delivery order digest",
        "Each morning, tells the office how many delivery orders are done and still waiting for their invoice.", JobSchedule.Daily(8));

    private const int Named = 5;

    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var waiting = db.DeliveryOrders.Where(o => o.Status == DeliveryOrderStatus.PendingInvoice);
        var count = await waiting.CountAsync(cancellationToken);
        if (count == 0)
        {
            return "No delivery order waits for an invoice.";
        }

        var oldest = await waiting.OrderBy(o => o.ScheduledOn).ThenBy(o => o.Id).Take(Named).Select(o => o.Number).ToListAsync(cancellationToken);
        var more = count > Named ? string.Create(CultureInfo.InvariantCulture, $" and {count - Named:N0} more") : string.Empty;
        var raised = await OfficeNotifications.RaiseOnceAsync(db, [Notification.Of(
            $"pending-order-digest:{today:yyyy-MM-dd}", NotificationKind.PendingOrderDigest,
            $"{JobOutcome.Count(count, "delivery order waits", "delivery orders wait")} for an invoice: {string.Join(", ", oldest)}{more}.",
            "delivery-orders", clock.GetUtcNow())], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return raised == 0
            ? $"Today's digest was already sent ({JobOutcome.Count(count, "order", "orders")} waiting)."
            : $"Digest sent: {JobOutcome.Count(count, "order waits", "orders wait")} for an invoice.";
    }
}
