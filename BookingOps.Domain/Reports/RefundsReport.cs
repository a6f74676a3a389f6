using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// One refund as the report lists it. Initialised by members, so the database can still order and page the
/// projected query; its business days are worked out from the instants as each row is read.
/// </summary>
public sealed class RefundRow
{
    public int Id { get; init; }

    public int InvoiceId { get; init; }

    public string? Invoice { get; init; }

    public string? Customer { get; init; }

    public decimal Amount { get; init; }

    public string? Status { get; init; }

    public string? Reason { get; init; }

    public DateTimeOffset? RequestedAt { get; init; }

    public DateOnly? Requested { get; init; }

    public DateTimeOffset? ProcessedAt { get; init; }

    public DateOnly? Processed { get; init; }

    public string? Method { get; init; }
}

/// <summary>
/// Refunds requested in the range (their request's instant between the business's midnights), whatever became of
/// them: pending, approved, processed or rejected. The total is what was processed, the money that really went
/// back; pending, approved and rejected requests are listed but not added. The P&amp;L counts refunds on the day
/// they were processed instead, so the two differ when one was processed after the range.
/// </summary>
public sealed class RefundsReport(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<RefundRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "refunds", "Refunds", "Money", ReportAudience.Admin, ReportFilters.Range | ReportFilters.Customer,
        "Refunds requested in the range and what became of them; the total counts processed refunds only.",
        nameof(Refund));

    private static readonly ReportColumn<RefundRow>[] Columns =
    [
        ReportColumn<RefundRow>.Text("invoice", "Invoice", r => r.Invoice, 18, sortable: true),
        ReportColumn<RefundRow>.Text("customer", "Customer", r => r.Customer, 26, sortable: true),
        ReportColumn<RefundRow>.Money("amount", "Amount", r => r.Amount, sortable: true),
        ReportColumn<RefundRow>.Text("status", "Status", r => r.Status, 12),
        ReportColumn<RefundRow>.Text("reason", "Reason", r => r.Reason, 32),
        new("requested", "Requested", CellKind.Day, 14, r => r.Requested, (Expression<Func<RefundRow, DateTimeOffset?>>)(r => r.RequestedAt)),
        new("processed", "Processed", CellKind.Day, 14, r => r.Processed, (Expression<Func<RefundRow, DateTimeOffset?>>)(r => r.ProcessedAt)),
        ReportColumn<RefundRow>.Text("method", "Method", r => r.Method, 16),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<RefundRow>> TypedColumns => Columns;

    protected override async Task<IQueryable<RefundRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        var rows = from r in await RequestedAsync(db, filter)
               join i in db.Invoices on r.InvoiceId equals i.Id
               join c in db.Customers on i.CustomerId equals c.Id
               select new RefundRow
               {
                   Id = r.Id,
                   InvoiceId = i.Id,
                   Invoice = i.Number,
                   Customer = c.Name,
                   Amount = r.Amount,
                   Status = r.Status.ToString(),
                   Reason = r.Status == RefundStatus.Rejected ? $"{r.Reason} (rejected: {r.RejectionReason})" : r.Reason,
                   RequestedAt = r.RequestedAt,
                   Requested = BusinessCalendar.DayOf(r.RequestedAt, zone),
                   ProcessedAt = r.ProcessedAt,
                   Processed = r.ProcessedAt == null ? null : BusinessCalendar.DayOf(r.ProcessedAt.Value, zone),
                   Method = r.Method == null ? null : BillingDocuments.MethodName(r.Method.Value),
               };
        return rows.OrderBy(r => r.RequestedAt).ThenBy(r => r.Id);
    }

    protected override async Task<RefundRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var processed = await (await RequestedAsync(db, filter)).Where(r => r.Status == RefundStatus.Processed).SumAsync(r => r.Amount, cancellationToken);
        return new RefundRow { Invoice = "Total", Amount = processed };
    }

    protected override string? LinkOf(RefundRow row) => $"invoices/{row.InvoiceId}";

    private async Task<IQueryable<Refund>> RequestedAsync(BookingOpsDbContext db, ReportFilter filter)
    {
        var (from, until) = filter.Period.Instants(await Calendar.ZoneAsync());
        var refunds = db.Refunds.AsNoTracking().Where(r => r.RequestedAt >= from && r.RequestedAt < until);
        return filter.CustomerId is { } customer ? refunds.Where(r => db.Invoices.OfCustomer(customer).Any(i => i.Id == r.InvoiceId)) : refunds;
    }
}
