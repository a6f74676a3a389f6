using BookingOps.Domain.Common;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Mail;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>
/// The overdue invoice job: each morning, tells the office of every invoice that has fallen overdue (money still
/// owed after its due date), once per invoice and due date (a moved due date is a new promise, reminded anew).
/// It looks back <see cref="LookBackDays"/> days: it runs daily, so an invoice older than that was reminded when it
/// fell due, and stays on the aging report; a first run on years of data does not flood the bell. The window also
/// bounds what one run reads (a few hundred invoices on the five-year benchmark), so it reads them all: a batch limit
/// would read the same first batch, already raised, every day and never reach the rest.
/// </summary>
public sealed class OverdueInvoiceReminders(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock, MailOutbox outbox) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "overdue-invoices", "Overdue invoice reminders",
        "Each morning, tells the office of every invoice that has fallen overdue, and e-mails its customer a reminder, once per invoice.", JobSchedule.Daily(9));

    public const int LookBackDays = 30;


    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync();
        var since = today.AddDays(-LookBackDays);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var overdue = await (
            from i in db.Invoices.AsNoTracking().Owing()
            where i.DueDate < today && i.DueDate >= since
            join c in db.Customers on i.CustomerId equals c.Id
            orderby i.DueDate, i.Id
            select new { i.Id, i.Number, i.DueDate, i.CurrencyCode, Owed = i.Total - i.PaidTotal, Customer = c.Name, c.Email })
            .ToListAsync(cancellationToken);
        var raised = await OfficeNotifications.RaiseOnceAsync(db, [.. overdue.Select(i => Notification.Of(
            $"invoice-overdue:{i.Id}:{i.DueDate:yyyy-MM-dd}", NotificationKind.InvoiceOverdue,
            $"{i.Number} for {i.Customer} is overdue: {Money.WithCode(i.Owed, i.CurrencyCode)} was due on {BusinessCalendar.Format(i.DueDate!.Value)}.",
            $"invoices/{i.Id}", now))], cancellationToken);
        var reminded = 0;
        if (await outbox.IsReadyAsync(cancellationToken))
        {
            var business = await db.BusinessProfiles.Select(p => p.Name).SingleAsync(cancellationToken);
            foreach (var i in overdue.Where(i => i.Email is not null))
            {
                var queued = await outbox.QueueReminderAsync(
                    db, i.Id, i.DueDate!.Value, i.Email!, $"Invoice {i.Number} is overdue",
                    $"Dear {i.Customer},\n\nInvoice {i.Number} for {Money.WithCode(i.Owed, i.CurrencyCode)} was due on {BusinessCalendar.Format(i.DueDate!.Value)} and is not yet paid; a copy is attached. "
                        + $"If you have paid it already, thank you, and please ignore this reminder.\n\n{business}",
                    cancellationToken);
                reminded += queued ? 1 : 0;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (raised, reminded) switch
        {
            (0, 0) => "No invoice fell overdue.",
            (_, 0) => $"{JobOutcome.Count(raised, "invoice", "invoices")} fell overdue.",
            _ => $"{JobOutcome.Count(raised, "invoice", "invoices")} fell overdue; {JobOutcome.Count(reminded, "reminder", "reminders")} queued to customers.",
        };
    }
}
