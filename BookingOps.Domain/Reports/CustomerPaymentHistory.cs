using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One customer's invoices issued in the range: how many, what they asked, what came in and what is still owed.</summary>
public sealed record CustomerPaymentsRow
{
    public int CustomerId { get; init; }

    public string Customer { get; init; } = string.Empty;

    public string? Phone { get; init; }

    public int Invoices { get; init; }

    public decimal Invoiced { get; init; }

    public decimal Paid { get; init; }

    public decimal Pending { get; init; }
}

/// <summary>
/// Customer payment history: every customer with standing invoices (issued, not void) issued in the range, what
/// they were invoiced and paid, and what is pending on the ones still owing. The database sums the range's invoices
/// by customer in one read (a row per customer, a few thousand at most), and the page, its order and the totals all
/// come from that read: paging, counting and totalling in SQL summed a year's invoices three times (250 ms).
/// </summary>
public sealed class CustomerPaymentHistory(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<CustomerPaymentsRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "customer-payments", "Customer payment history", "Receivables", ReportAudience.Office, ReportFilters.Range,
        "Each customer's invoices issued in the range (net of voids), what they paid and what is still pending, most pending first.",
        nameof(Invoice), nameof(Payment));

    private static readonly ReportColumn<CustomerPaymentsRow>[] Columns =
    [
        ReportColumn<CustomerPaymentsRow>.Text("customer", "Customer", r => r.Customer, 30, sortable: true),
        ReportColumn<CustomerPaymentsRow>.Text("phone", "Phone", r => r.Phone, 18),
        ReportColumn<CustomerPaymentsRow>.Count("invoices", "Invoices", r => r.Invoices),
        ReportColumn<CustomerPaymentsRow>.Money("invoiced", "Invoiced", r => r.Invoiced, sortable: true),
        ReportColumn<CustomerPaymentsRow>.Money("paid", "Paid", r => r.Paid, sortable: true),
        ReportColumn<CustomerPaymentsRow>.Money("pending", "Pending", r => r.Pending, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<CustomerPaymentsRow>> TypedColumns => Columns;

    protected override async Task<IReadOnlyList<CustomerPaymentsRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var rows =
            from invoiced in IssuedIn(db, filter.Period)
                .GroupBy(i => i.CustomerId)
                .Select(g => new { CustomerId = g.Key, Count = g.Count(), Amount = g.Sum(i => i.Total), Paid = g.Sum(i => i.PaidTotal), Pending = g.AsQueryable().Sum(InvoiceFilters.Owed) })
            join customer in db.Customers on invoiced.CustomerId equals customer.Id
            select new CustomerPaymentsRow
            {
                CustomerId = customer.Id,
                Customer = customer.Name,
                Phone = customer.Phone,
                Invoices = invoiced.Count,
                Invoiced = invoiced.Amount,
                Paid = invoiced.Paid,
                Pending = invoiced.Pending,
            };

        // SQLite keeps money as decimal text; the sort key alone goes through a real number.
        return await rows.OrderByDescending(r => (double)r.Pending).ThenBy(r => r.Customer).ThenBy(r => r.CustomerId).ToListAsync(cancellationToken);
    }

    /// <summary>The customers' sums added up: exact, as each is an exact decimal sum from the database.</summary>
    protected override CustomerPaymentsRow Sum(IReadOnlyList<CustomerPaymentsRow> rows, ReportFilter filter) => new()
    {
        Customer = "Total",
        Invoices = rows.Sum(r => r.Invoices),
        Invoiced = rows.Sum(r => r.Invoiced),
        Paid = rows.Sum(r => r.Paid),
        Pending = rows.Sum(r => r.Pending),
    };

    protected override string? LinkOf(CustomerPaymentsRow row) => $"customers/{row.CustomerId}";

    private static IQueryable<Invoice> IssuedIn(BookingOpsDbContext db, ReportPeriod period) =>
        db.Invoices.Standing().Where(i => i.IssuedOn >= period.From && i.IssuedOn <= period.To);
}
