using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>Billing reads: invoice and payment lists, one invoice's ledger, a booking's and a customer's balance.</summary>
public sealed class InvoiceDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    public async Task<PagedResult<InvoiceListItem>> ListAsync(InvoiceListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoices = await FilterAsync(db, query);
        var total = await invoices.CountAsync(cancellationToken);
        var page = query.PageOrDefault;
        var items = await Items(db, invoices.OrderByDescending(i => i.Id).Skip(page.SafeSkip).Take(page.SafeTake)).ToListAsync(cancellationToken);
        return new PagedResult<InvoiceListItem>(items, total);
    }

    /// <summary>The list query's plan, for the benchmark.</summary>
    public async Task<IReadOnlyList<string>> ExplainListAsync(InvoiceListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await QueryPlan.ExplainAsync(db, (await FilterAsync(db, query)).OrderByDescending(i => i.Id).Take(20), cancellationToken);
    }

    public async Task<Invoice?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<Payment>> PaymentsOfAsync(int invoiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Payments.AsNoTracking().Where(p => p.InvoiceId == invoiceId).OrderBy(p => p.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Refund>> RefundsOfAsync(int invoiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Refunds.AsNoTracking().Where(r => r.InvoiceId == invoiceId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task<Payment?> FindPaymentAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<InvoiceListItem>> ForBookingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Items(db, db.Invoices.AsNoTracking().Where(i => i.BookingId == bookingId).OrderBy(i => i.Id)).ToListAsync(cancellationToken);
    }

    /// <summary>What a booking's issued invoices ask for, what was paid and refunded, and its payment state.</summary>
    public async Task<BillingSummary> BookingSummaryAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => new { b.Total, b.DepositAmount }).SingleOrDefaultAsync(cancellationToken);
        var ledger = await db.Invoices.AsNoTracking()
            .Where(i => i.BookingId == bookingId)
            .Standing()
            .GroupBy(i => 1)
            .Select(g => new
            {
                Invoiced = g.Sum(i => i.Total),
                Paid = g.Sum(i => i.PaidTotal),
                Refunded = g.Sum(i => i.RefundedTotal),
                Outstanding = g.Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid).Sum(i => i.Total - i.PaidTotal),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return BillingSummary.For(
            booking?.Total ?? 0m, booking?.DepositAmount ?? 0m, ledger?.Invoiced ?? 0m, ledger?.Paid ?? 0m, ledger?.Refunded ?? 0m, ledger?.Outstanding ?? 0m);
    }

    /// <summary>What the customer still owes across their issued invoices.</summary>
    public async Task<decimal> OutstandingAsync(int customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Invoices.AsNoTracking()
            .Where(i => i.CustomerId == customerId)
            .Owing()
            .SumAsync(i => i.Total - i.PaidTotal, cancellationToken);
    }

    public async Task<PagedResult<PaymentListItem>> PaymentsAsync(PaymentListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payments = db.Payments.AsNoTracking();
        if (query.Method is { } method)
        {
            payments = payments.Where(p => p.Method == method);
        }

        if (query.From is { } from)
        {
            payments = payments.Where(p => p.ReceivedOn >= from);
        }

        if (query.To is { } to)
        {
            payments = payments.Where(p => p.ReceivedOn <= to);
        }

        if (query.CustomerId is { } customerId)
        {
            payments = payments.Where(p => db.Invoices.Any(i => i.Id == p.InvoiceId && i.CustomerId == customerId));
        }

        var total = await payments.CountAsync(cancellationToken);
        var page = query.PageOrDefault;
        var items = await (
                from p in payments.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id).Skip(page.SafeSkip).Take(page.SafeTake)
                join i in db.Invoices on p.InvoiceId equals i.Id
                join c in db.Customers on i.CustomerId equals c.Id
                select new PaymentListItem(p.Id, p.ReceiptNumber, i.Id, i.Number, c.Name, p.Method, p.Amount, p.ReceivedOn, p.Reference, p.RecordedBy))
            .ToListAsync(cancellationToken);
        return new PagedResult<PaymentListItem>(items, total);
    }

    private async Task<IQueryable<Invoice>> FilterAsync(BookingOpsDbContext db, InvoiceListQuery query)
    {
        var today = await calendar.TodayAsync();
        var invoices = db.Invoices.AsNoTracking();
        if (query.Status is { } status)
        {
            invoices = invoices.Where(i => i.Status == status);
        }

        if (query.CustomerId is { } customerId)
        {
            invoices = invoices.Where(i => i.CustomerId == customerId);
        }

        if (query.IssuedFrom is { } from)
        {
            invoices = invoices.Where(i => i.IssuedOn >= from);
        }

        if (query.IssuedTo is { } to)
        {
            invoices = invoices.Where(i => i.IssuedOn <= to);
        }

        if (query.OverdueOnly)
        {
            invoices = invoices.Owing().Where(i => i.DueDate < today);
        }

        if (Text.Clean(query.Search) is { } search)
        {
            // An invoice number, or words of the customer's name, phone or email.
            var number = NumberPrefix.Of(search);
            var customers = CustomerSearchExpression.Build(search) is { } match ? CustomerSearchIndex.Matches(db, match) : null;
            invoices = invoices.Where(number.Matches<Invoice>(i => i.Number, customers is null ? null : i => customers.Contains(i.CustomerId)));
        }

        return invoices;
    }

    private static IQueryable<InvoiceListItem> Items(BookingOpsDbContext db, IQueryable<Invoice> invoices) =>
        from i in invoices
        join c in db.Customers on i.CustomerId equals c.Id
        select new InvoiceListItem(i.Id, i.Number, i.Kind, i.Status, i.CustomerId, c.Name, i.BookingId, i.IssuedOn, i.DueDate, i.Total, i.PaidTotal);
}
