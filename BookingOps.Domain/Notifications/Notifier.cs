using System.Globalization;
using BookingOps.Domain.Auditing;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Live;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Notifications;

/// <summary>
/// Who hears of what, in one place: the notifications a commit raises, read from the changes it announced (a
/// booking's status became Confirmed, a payment was created…), never sprinkled through services or pages.
/// Each is raised once per source, so hearing the same commit twice raises nothing twice.
/// <list type="table">
/// <item><term>Booking confirmed, job accepted or declined, payment received, refund approved/rejected/paid</term><description>the office</description></item>
/// <item><term>Invoice issued, refund requested</term><description>the Admin</description></item>
/// <item><term>Job offered, delivery order given</term><description>that crew member or driver (when they sign in)</description></item>
/// </list>
/// </summary>
public sealed class Notifier(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    /// <summary>Whether a commit can raise anything: the others are passed over without a read.</summary>
    public static bool MayRaise(ChangeSet changes) =>
        changes.Has(nameof(Booking), nameof(CrewAssignment), nameof(DeliveryOrder), nameof(Payment), nameof(Invoice), nameof(Refund));

    public async Task<int> RaiseAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var raised = new List<Notification>();
        foreach (var change in changes.Changes.Where(c => c.Id != 0))
        {
            raised.AddRange(await RaisedByAsync(db, change, cancellationToken));
        }

        var added = await OfficeNotifications.RaiseOnceAsync(db, raised, cancellationToken);
        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private async Task<IEnumerable<Notification>> RaisedByAsync(BookingOpsDbContext db, DataChange change, CancellationToken cancellationToken) => change.EntityType switch
    {
        nameof(Booking) when change.Set(nameof(Booking.Status), nameof(BookingStatus.Confirmed)) => await BookingConfirmedAsync(db, change.Id, cancellationToken),
        nameof(CrewAssignment) when change.Action == AuditAction.Created => await JobOfferedAsync(db, change.Id, cancellationToken),
        nameof(CrewAssignment) when change.Set(nameof(CrewAssignment.Status), nameof(AssignmentStatus.Accepted)) || change.Set(nameof(CrewAssignment.Status), nameof(AssignmentStatus.Declined)) =>
            await JobAnsweredAsync(db, change.Id, cancellationToken),
        nameof(DeliveryOrder) when change.Values is not null && change.Values.TryGetValue(nameof(DeliveryOrder.DriverId), out var driver) && driver is not null =>
            await OrderGivenAsync(db, change.Id, cancellationToken),
        nameof(Payment) when change.Action == AuditAction.Created => await PaymentReceivedAsync(db, change.Id, cancellationToken),
        nameof(Invoice) when change.Set(nameof(Invoice.Status), nameof(InvoiceStatus.Issued)) && change.Values!.ContainsKey(nameof(Invoice.IssuedOn)) =>
            await InvoiceIssuedAsync(db, change.Id, cancellationToken),
        nameof(Refund) when change.Action == AuditAction.Created => await RefundAsync(db, change.Id, requested: true, cancellationToken),
        nameof(Refund) when change.Values is not null && change.Values.ContainsKey(nameof(Refund.Status)) => await RefundAsync(db, change.Id, requested: false, cancellationToken),
        _ => [],
    };

    private async Task<IEnumerable<Notification>> BookingConfirmedAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken)
    {
        var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == id)
            .Select(b => new { b.Number, b.StartsAt, Customer = db.Customers.Where(c => c.Id == b.CustomerId).Select(c => c.Name).First() })
            .SingleAsync(cancellationToken);
        return [New($"booking-confirmed:{id}", NotificationKind.BookingConfirmed, null,
            $"{booking.Number} for {booking.Customer} is confirmed ({await calendar.FormatAsync(booking.StartsAt)}).", $"bookings/{id}")];
    }

    private async Task<IEnumerable<Notification>> JobOfferedAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken)
    {
        var job = await JobAsync(db, id, cancellationToken);
        return job.UserId is null
            ? []
            : [New($"job-offered:{id}", NotificationKind.AssignmentOffered, job.UserId,
                $"You are offered {job.Role} on {job.Number}, {await calendar.FormatAsync(job.StartsAt)}.", "my-work")];
    }

    private async Task<IEnumerable<Notification>> JobAnsweredAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken)
    {
        var job = await JobAsync(db, id, cancellationToken);
        var answer = job.Status == AssignmentStatus.Accepted ? "accepted" : "declined";
        return [New($"job-{answer}:{id}", NotificationKind.AssignmentAnswered, null,
            $"{job.Person} {answer} {job.Role} on {job.Number}.", $"bookings/{job.BookingId}")];
    }

    private static Task<JobFacts> JobAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken) =>
        (from a in db.CrewAssignments.AsNoTracking()
         where a.Id == id
         join b in db.Bookings on a.BookingId equals b.Id
         join m in db.CrewMembers on a.CrewMemberId equals m.Id
         select new JobFacts(a.BookingId, b.Number, b.StartsAt, a.Role, a.Status, m.Name, m.UserId)).SingleAsync(cancellationToken);

    private async Task<IEnumerable<Notification>> OrderGivenAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken)
    {
        var order = await (from o in db.DeliveryOrders.AsNoTracking()
                           where o.Id == id
                           join m in db.CrewMembers on o.DriverId equals (int?)m.Id
                           select new { o.Number, o.ScheduledOn, o.DriverId, m.UserId }).SingleOrDefaultAsync(cancellationToken);
        return order?.UserId is null
            ? []
            : [New($"order-given:{id}:{order.DriverId}", NotificationKind.DeliveryOrderAssigned, order.UserId,
                $"{order.Number} on {order.ScheduledOn.ToString("ddd d MMM", CultureInfo.InvariantCulture)} is yours to drive.", $"driver/orders/{id}")];
    }

    private async Task<IEnumerable<Notification>> PaymentReceivedAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken)
    {
        var payment = await (from p in db.Payments.AsNoTracking()
                             where p.Id == id
                             join i in db.Invoices on p.InvoiceId equals i.Id
                             join c in db.Customers on i.CustomerId equals c.Id
                             select new { p.Amount, p.Method, p.InvoiceId, Invoice = i.Number, i.CurrencyCode, Customer = c.Name }).SingleAsync(cancellationToken);
        return [New($"payment:{id}", NotificationKind.PaymentReceived, null,
            $"{Money.WithCode(payment.Amount, payment.CurrencyCode)} received from {payment.Customer} for {payment.Invoice} ({BillingDocuments.MethodName(payment.Method)}).",
            $"invoices/{payment.InvoiceId}")];
    }

    private async Task<IEnumerable<Notification>> InvoiceIssuedAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken)
    {
        var invoice = await (from i in db.Invoices.AsNoTracking()
                             where i.Id == id
                             join c in db.Customers on i.CustomerId equals c.Id
                             select new { i.Number, i.Total, i.CurrencyCode, Customer = c.Name }).SingleAsync(cancellationToken);
        return [New($"invoice-issued:{id}", NotificationKind.InvoiceIssued, null,
            $"{invoice.Number} issued to {invoice.Customer}: {Money.WithCode(invoice.Total, invoice.CurrencyCode)}.", $"invoices/{id}")];
    }

    private async Task<IEnumerable<Notification>> RefundAsync(BookingOpsDbContext db, int id, bool requested, CancellationToken cancellationToken)
    {
        var refund = await (from r in db.Refunds.AsNoTracking()
                            where r.Id == id
                            join i in db.Invoices on r.InvoiceId equals i.Id
                            select new { r.Amount, r.Status, r.InvoiceId, Invoice = i.Number, i.CurrencyCode }).SingleAsync(cancellationToken);
        var amount = Money.WithCode(refund.Amount, refund.CurrencyCode);
        return requested
            ? [New($"refund-requested:{id}", NotificationKind.RefundRequested, null, $"A refund of {amount} on {refund.Invoice} waits for approval.", $"invoices/{refund.InvoiceId}")]
            : refund.Status == RefundStatus.Pending
                ? []
                : [New($"refund-{refund.Status.ToString().ToLowerInvariant()}:{id}", NotificationKind.RefundDecided, null,
                    $"The refund of {amount} on {refund.Invoice} is {refund.Status.ToString().ToLowerInvariant()}.", $"invoices/{refund.InvoiceId}")];
    }

    private Notification New(string sourceKey, NotificationKind kind, string? recipient, string text, string link) =>
        Notification.Of(sourceKey, kind, text, link, clock.GetUtcNow(), recipient);

    private sealed record JobFacts(int BookingId, string Number, DateTimeOffset StartsAt, string Role, AssignmentStatus Status, string Person, string? UserId);
}
