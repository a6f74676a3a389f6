using BookingOps.Domain.Common;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>A note to the office to collect an order's bin on a day: that day itself, or at the end of the agreed days on site.</summary>
public class CollectionReminder
{
    public int Id { get; set; }

    public int DeliveryOrderId { get; set; }

    public DateOnly RemindOn { get; set; }

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    /// <summary>When the reminder job raised it as a notification; null until then.</summary>
    public DateTimeOffset? RaisedAt { get; set; }
}

/// <summary>When a collection reminder falls due.</summary>
public enum ReminderTiming
{
    /// <summary>Today, e.g. the customer phoned to have the bin taken away.</summary>
    Today = 1,

    /// <summary>The last of the days on site agreed on the order, counted from delivery.</summary>
    EndOfTerm = 2,
}

/// <summary>Scheduling collection reminders, and raising the due ones as office notifications (the reminder job's work).</summary>
public sealed class CollectionReminders(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    TimeProvider clock)
{
    public async Task<CollectionReminder> ScheduleAsync(int orderId, ReminderTiming timing, string? note, CancellationToken cancellationToken = default)
    {
        var cleanNote = Text.Clean(note);
        if (cleanNote is { Length: > 200 })
        {
            throw new DomainValidationException(nameof(CollectionReminder.Note), "Keep the note under 200 characters.");
        }

        var today = await calendar.TodayAsync();
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.DeliveryOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new BusinessRuleException("This order no longer exists.");
        if (order.Kind != DeliveryOrderKind.Delivery || order.Status is DeliveryOrderStatus.Draft or DeliveryOrderStatus.Cancelled)
        {
            throw new BusinessRuleException("Collections are reminded for issued delivery orders that leave a bin on site.");
        }

        var remindOn = today;
        if (timing == ReminderTiming.EndOfTerm)
        {
            var delivered = await db.AssetMovements.Where(m => m.DeliveryOrderId == orderId && m.ToState == Fleet.BinState.WithCustomer)
                .Select(m => (DateTimeOffset?)m.At).FirstOrDefaultAsync(cancellationToken);
            var from = delivered is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : order.ScheduledOn;
            remindOn = from.AddDays(order.RentalDays);
        }

        var reminder = new CollectionReminder
        {
            DeliveryOrderId = orderId,
            RemindOn = remindOn,
            Note = cleanNote,
            CreatedBy = (await actor.GetAsync(cancellationToken)).Name,
        };
        db.CollectionReminders.Add(reminder);
        await db.SaveChangesAsync(cancellationToken);
        return reminder;
    }

    public async Task<IReadOnlyList<CollectionReminder>> ForOrderAsync(int orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CollectionReminders.AsNoTracking().Where(r => r.DeliveryOrderId == orderId).OrderBy(r => r.RemindOn).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Raises every reminder due by today, not yet raised, as one office notification each, in one
    /// transaction; a second run finds them raised and does nothing. Returns how many it raised.
    /// </summary>
    public async Task<int> RaiseDueAsync(CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync();
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await (
            from r in db.CollectionReminders
            where r.RaisedAt == null && r.RemindOn <= today
            join o in db.DeliveryOrders on r.DeliveryOrderId equals o.Id
            join c in db.Customers on o.CustomerId equals c.Id
            orderby r.RemindOn, r.Id
            select new { Reminder = r, o.Number, o.SiteAddress, Customer = c.Name })
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var item in due)
        {
            item.Reminder.RaisedAt = now;
        }

        var raised = await OfficeNotifications.RaiseOnceAsync(db, [.. due.Select(item => Notification.Of(
            $"collection-reminder:{item.Reminder.Id}", NotificationKind.CollectionReminderDue,
            $"Collect the bin of {item.Number} from {item.Customer}, {item.SiteAddress}{(item.Reminder.Note is null ? string.Empty : $": {item.Reminder.Note}")}",
            $"delivery-orders/{item.Reminder.DeliveryOrderId}", now))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return raised;
    }
}
