using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>An owing invoice to chase, as of <see cref="AsOf"/>; the totals row has no invoice and no due date.</summary>
public sealed record PendingPaymentRow
{
    public int InvoiceId { get; init; }

    public string Invoice { get; init; } = string.Empty;

    public int CustomerId { get; init; }

    public string Customer { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public DateOnly? Due { get; init; }

    public decimal Balance { get; init; }

    public DateOnly AsOf { get; init; }

    /// <summary>Days past the due date: 0 when due today, negative when it is still n days away.</summary>
    public int? DaysOverdue => Due is { } due ? AsOf.DayNumber - due.DayNumber : null;
}

/// <summary>
/// Pending payment alerts: every owing invoice (issued or part paid) that is overdue on the business's today or
/// falls due within the week ahead, most overdue first, for the office to chase. Overdue invoices pile up over
/// years, so the database orders and pages them.
/// </summary>
public sealed class PendingPaymentAlerts(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<PendingPaymentRow>(dbFactory, calendar, actor)
{
    /// <summary>How far ahead a due date raises an alert: a week gives time for a reminder before it falls due.</summary>
    public const int DueSoonDays = 7;

    private static readonly ReportInfo About = new(
        "pending-payments", "Pending payment alerts", "Receivables", ReportAudience.Office, ReportFilters.Customer,
        $"Invoices still owing that are overdue or fall due within {DueSoonDays} days, most overdue first.",
        nameof(Invoice), nameof(Payment));

    private static readonly ReportColumn<PendingPaymentRow>[] Columns =
    [
        ReportColumn<PendingPaymentRow>.Text("invoice", "Invoice", r => r.Invoice, 18, sortable: true),
        ReportColumn<PendingPaymentRow>.Text("customer", "Customer", r => r.Customer, 25, sortable: true),
        ReportColumn<PendingPaymentRow>.Text("phone", "Phone", r => r.Phone, 16),
        ReportColumn<PendingPaymentRow>.Day("due", "Due", r => r.Due, sortable: true),

        // Built by hand: the totals row has no due date, so no days overdue either, and the factory's count is never empty.
        new("days", "Days overdue", CellKind.Count, 10, r => r.DaysOverdue, null),
        ReportColumn<PendingPaymentRow>.Money("balance", "Balance", r => r.Balance, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<PendingPaymentRow>> TypedColumns => Columns;

    protected override async Task<IQueryable<PendingPaymentRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var today = await Calendar.TodayAsync();
        var rows =
            from invoice in Alerting(db, today, filter)
            join customer in db.Customers on invoice.CustomerId equals customer.Id
            select new PendingPaymentRow
            {
                InvoiceId = invoice.Id,
                Invoice = invoice.Number!,
                CustomerId = customer.Id,
                Customer = customer.Name,
                Phone = customer.Phone,
                Due = invoice.DueDate,
                Balance = invoice.Total - invoice.PaidTotal,
                AsOf = today,
            };
        return rows.OrderBy(r => r.Due).ThenBy(r => r.Invoice).ThenBy(r => r.InvoiceId);
    }

    /// <summary>What all of them owe; the page says how many rows there are (a sum of days overdue would mean nothing).</summary>
    protected override async Task<PendingPaymentRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var totals = await Alerting(db, await Calendar.TodayAsync(), filter)
            .GroupBy(i => 1)
            .Select(g => g.Sum(i => i.Total - i.PaidTotal))
            .SingleOrDefaultAsync(cancellationToken);
        return new PendingPaymentRow { Balance = totals };
    }

    protected override string? LinkOf(PendingPaymentRow row) => $"invoices/{row.InvoiceId}";

    private static IQueryable<Invoice> Alerting(BookingOpsDbContext db, DateOnly today, ReportFilter filter) =>
        db.Invoices.OfCustomer(filter.CustomerId).Owing().Where(i => i.DueDate <= today.AddDays(DueSoonDays));
}
