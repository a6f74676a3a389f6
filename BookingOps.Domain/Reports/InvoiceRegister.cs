using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One issued invoice as the register lists it; a class with settable members so SQL can order by any of them.</summary>
public sealed class InvoiceRegisterRow
{
    public int Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public DateOnly IssuedOn { get; init; }

    public DateOnly? DueDate { get; init; }

    public string Customer { get; init; } = string.Empty;

    public InvoiceKind Kind { get; init; }

    public InvoiceStatus Status { get; init; }

    public decimal Total { get; init; }

    public decimal Paid { get; init; }

    public decimal Balance { get; init; }
}

/// <summary>
/// The invoice register (sales journal) an accountant asks for: every invoice issued in the range, voided ones
/// listed as such; the totals are net of voids, like every other report. Tens of thousands of rows over years:
/// paged and ordered in SQL, and its exports stream.
/// </summary>
public sealed class InvoiceRegister(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<InvoiceRegisterRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "invoice-register", "Invoice register", "Receivables", ReportAudience.Office, ReportFilters.Range | ReportFilters.Customer,
        "Every invoice issued in the range with what was paid and what is still owed; voided ones listed, not counted.",
        nameof(Invoice), nameof(Payment));

    private static readonly ReportColumn<InvoiceRegisterRow>[] Columns =
    [
        ReportColumn<InvoiceRegisterRow>.Text("number", "Invoice", r => r.Number, 18, sortable: true),
        ReportColumn<InvoiceRegisterRow>.Day("issued", "Issued", r => r.IssuedOn, sortable: true),
        ReportColumn<InvoiceRegisterRow>.Text("customer", "Customer", r => r.Customer, 30, sortable: true),
        ReportColumn<InvoiceRegisterRow>.Text("kind", "Kind", r => r.Kind.ToString(), 12),
        ReportColumn<InvoiceRegisterRow>.Text("status", "Status", r => ReportCells.Sentence(Invoice.Describe(r.Status)), 14),
        ReportColumn<InvoiceRegisterRow>.Day("due", "Due", r => r.DueDate, sortable: true),
        ReportColumn<InvoiceRegisterRow>.Money("total", "Total", r => r.Total, sortable: true),
        ReportColumn<InvoiceRegisterRow>.Money("paid", "Paid", r => r.Paid, sortable: true),
        ReportColumn<InvoiceRegisterRow>.Money("balance", "Balance", r => r.Balance, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<InvoiceRegisterRow>> TypedColumns => Columns;

    protected override Task<IQueryable<InvoiceRegisterRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult((
            from invoice in Issued(db, filter)
            join customer in db.Customers on invoice.CustomerId equals customer.Id
            select new InvoiceRegisterRow
            {
                Id = invoice.Id,
                Number = invoice.Number!,
                IssuedOn = invoice.IssuedOn!.Value,
                DueDate = invoice.DueDate,
                Customer = customer.Name,
                Kind = invoice.Kind,
                Status = invoice.Status,
                Total = invoice.Total,
                Paid = invoice.PaidTotal,
                // InvoiceFilters.Owed, written out: a projection cannot call an expression.
                Balance = invoice.Status == InvoiceStatus.Issued || invoice.Status == InvoiceStatus.PartiallyPaid ? invoice.Total - invoice.PaidTotal : 0m,
            }).OrderBy(r => r.IssuedOn).ThenBy(r => r.Id).AsQueryable());

    protected override async Task<InvoiceRegisterRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var totals = await Issued(db, filter).Standing()
            .GroupBy(i => 1)
            .Select(g => new
            {
                Total = g.Sum(i => i.Total),
                Paid = g.Sum(i => i.PaidTotal),
                Balance = g.AsQueryable().Sum(InvoiceFilters.Owed),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new InvoiceRegisterRow { Total = totals?.Total ?? 0m, Paid = totals?.Paid ?? 0m, Balance = totals?.Balance ?? 0m };
    }

    protected override string? LinkOf(InvoiceRegisterRow row) => $"invoices/{row.Id}";

    private static IQueryable<Invoice> Issued(BookingOpsDbContext db, ReportFilter filter) =>
        db.Invoices.OfCustomer(filter.CustomerId).Where(i => i.Status != InvoiceStatus.Draft && i.IssuedOn >= filter.Period.From && i.IssuedOn <= filter.Period.To);
}
