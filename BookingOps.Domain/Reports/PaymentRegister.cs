using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One payment as the register lists it; a class with settable members so SQL can order by any of them.</summary>
public sealed class PaymentRegisterRow
{
    public int Id { get; init; }

    public DateOnly ReceivedOn { get; init; }

    public string Receipt { get; init; } = string.Empty;

    public int InvoiceId { get; init; }

    public string Invoice { get; init; } = string.Empty;

    public string Customer { get; init; } = string.Empty;

    public PaymentMethod Method { get; init; }

    public string? Reference { get; init; }

    public decimal Amount { get; init; }
}

/// <summary>
/// The payment register (cash book) the office reconciles against the bank and the till: every payment received
/// in the range, for one customer or one method if asked. Payments are never edited or reversed (a refund is its
/// own record), so the register's total is what came in. Tens of thousands of rows over years: paged in SQL.
/// </summary>
public sealed class PaymentRegister(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<PaymentRegisterRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "payment-register", "Payment register", "Receivables", ReportAudience.Office, ReportFilters.Range | ReportFilters.Customer | ReportFilters.Method,
        "Every payment received in the range with its receipt, invoice and method; narrow it to one customer or one method.",
        nameof(Payment));

    private static readonly ReportColumn<PaymentRegisterRow>[] Columns =
    [
        ReportColumn<PaymentRegisterRow>.Text("receipt", "Receipt", r => r.Receipt, 18, sortable: true),
        ReportColumn<PaymentRegisterRow>.Day("received", "Received", r => r.ReceivedOn, sortable: true),
        ReportColumn<PaymentRegisterRow>.Text("invoice", "Invoice", r => r.Invoice, 18, sortable: true),
        ReportColumn<PaymentRegisterRow>.Text("customer", "Customer", r => r.Customer, 30, sortable: true),
        ReportColumn<PaymentRegisterRow>.Text("method", "Method", r => BillingDocuments.MethodName(r.Method), 18),
        ReportColumn<PaymentRegisterRow>.Text("reference", "Reference", r => r.Reference, 18),
        ReportColumn<PaymentRegisterRow>.Money("amount", "Amount", r => r.Amount, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<PaymentRegisterRow>> TypedColumns => Columns;

    protected override Task<IQueryable<PaymentRegisterRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult((
            from payment in Received(db, filter)
            join invoice in db.Invoices on payment.InvoiceId equals invoice.Id
            join customer in db.Customers on invoice.CustomerId equals customer.Id
            select new PaymentRegisterRow
            {
                Id = payment.Id,
                ReceivedOn = payment.ReceivedOn,
                Receipt = payment.ReceiptNumber,
                InvoiceId = invoice.Id,
                Invoice = invoice.Number!,
                Customer = customer.Name,
                Method = payment.Method,
                Reference = payment.Reference,
                Amount = payment.Amount,
            }).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id).AsQueryable());

    protected override async Task<PaymentRegisterRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        new() { Amount = await Received(db, filter).SumAsync(p => p.Amount, cancellationToken) };

    protected override string? LinkOf(PaymentRegisterRow row) => $"payments/{row.Id}/receipt";

    private static IQueryable<Payment> Received(BookingOpsDbContext db, ReportFilter filter)
    {
        var payments = db.Payments.Where(p => p.ReceivedOn >= filter.Period.From && p.ReceivedOn <= filter.Period.To);
        if (filter.Method is { } method)
        {
            payments = payments.Where(p => p.Method == method);
        }

        return filter.CustomerId is { } customer
            ? payments.Where(p => db.Invoices.OfCustomer(customer).Any(i => i.Id == p.InvoiceId))
            : payments;
    }
}
