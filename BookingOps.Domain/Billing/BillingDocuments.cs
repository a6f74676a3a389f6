using System.Globalization;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>Builds the printable models of invoices and receipts from the records and the business settings.</summary>
public sealed class BillingDocuments(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessLogo logo)
{
    public async Task<InvoiceDocument?> InvoiceAsync(int invoiceId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invoiceId, cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var (header, terms) = await DocumentSources.HeaderAsync(db, logo, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == invoice.CustomerId, cancellationToken);
        var booking = await BookingNumberAsync(db, invoice, cancellationToken);
        var title = (invoice.Kind, invoice.Status) switch
        {
            (_, InvoiceStatus.Draft) => "Draft invoice",
            (_, InvoiceStatus.Voided) => "Invoice (void)",
            (InvoiceKind.Deposit, _) => "Deposit invoice",
            (InvoiceKind.Final, _) => "Final invoice",
            _ => "Invoice",
        };
        var due = invoice.DueDate ?? invoice.IssuedOn?.AddDays(terms);
        return new InvoiceDocument(
            header,
            title,
            invoice.Number,
            invoice.Status,
            invoice.IssuedOn,
            due,
            booking,
            DocumentSources.Party(customer),
            invoice.Lines,
            invoice.Deductions,
            invoice.CurrencyCode,
            invoice.Subtotal,
            invoice.DiscountTotal,
            invoice.TaxTotal,
            invoice.DeductionTotal,
            invoice.Total,
            invoice.PaidTotal,
            invoice.RefundedTotal,
            invoice.Balance,
            due is { } date ? $"Please pay by {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}, quoting {invoice.Number ?? "the invoice number"}." : $"Payment due within {terms} days of issue.",
            invoice.Notes);
    }

    public async Task<ReceiptDocument?> ReceiptAsync(int paymentId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId, cancellationToken);
        if (payment is null)
        {
            return null;
        }

        var (header, _) = await DocumentSources.HeaderAsync(db, logo, cancellationToken);
        var invoice = await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == payment.InvoiceId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == invoice.CustomerId, cancellationToken);
        var booking = await BookingNumberAsync(db, invoice, cancellationToken);

        // What had been paid up to and including this receipt, so a reprint of an old receipt shows the balance it left.
        var paidToDate = await db.Payments.AsNoTracking().Where(p => p.InvoiceId == invoice.Id && p.Id <= payment.Id).SumAsync(p => p.Amount, cancellationToken);
        return new ReceiptDocument(
            header,
            payment.ReceiptNumber,
            payment.ReceivedOn,
            DocumentSources.Party(customer),
            invoice.Id,
            invoice.Number,
            booking,
            MethodName(payment.Method),
            payment.Reference,
            invoice.CurrencyCode,
            payment.Amount,
            invoice.Total,
            paidToDate,
            invoice.Total - paidToDate,
            payment.RecordedBy);
    }

    public static string MethodName(PaymentMethod method) => method switch
    {
        PaymentMethod.Cdm => "Cash deposit machine (CDM)",
        PaymentMethod.EWallet => "E-wallet",
        PaymentMethod.Online => "Online transfer",
        _ => method.ToString(),
    };

    private static async Task<string?> BookingNumberAsync(BookingOpsDbContext db, Invoice invoice, CancellationToken cancellationToken) =>
        invoice.BookingId is { } bookingId
            ? await db.Bookings.AsNoTracking().Where(b => b.Id == bookingId).Select(b => b.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
}
