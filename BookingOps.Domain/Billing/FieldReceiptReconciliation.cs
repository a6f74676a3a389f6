using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>
/// Cash a driver took on site becomes a payment of the order's issued invoice, under the receipt number the
/// customer already holds, so it is counted once, in the invoice's ledger. A receipt larger than what the
/// invoice still asks for stays unreconciled, for the office to sort out, rather than overpay the invoice.
/// </summary>
internal static class FieldReceiptReconciliation
{
    /// <summary>Call inside the transaction that issues the invoice or records the receipt.</summary>
    public static async Task ReconcileAsync(BookingOpsDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.DeliveryOrderId is not { } orderId || invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Voided)
        {
            return;
        }

        var open = await db.FieldReceipts.Where(r => r.DeliveryOrderId == orderId && r.PaymentId == null).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var receipt in open.Where(r => r.Amount <= invoice.Balance))
        {
            var payment = PaymentOf(invoice, receipt);
            db.Payments.Add(payment);
            await db.SaveChangesAsync(cancellationToken);
            receipt.PaymentId = payment.Id;
            await InvoiceLedger.SettleAsync(db, invoice, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The invoice payment a receipt becomes: same number, method, amount, day, key and recorder.</summary>
    public static Payment PaymentOf(Invoice invoice, FieldReceipt receipt) => new()
    {
        InvoiceId = invoice.Id,
        ReceiptNumber = receipt.ReceiptNumber,
        Method = receipt.Method,
        Amount = receipt.Amount,
        ReceivedOn = receipt.ReceivedOn,
        Reference = $"Taken on site, {receipt.ReceiptNumber}",
        IdempotencyKey = receipt.IdempotencyKey,
        RecordedBy = receipt.RecordedBy,
        RecordedAt = receipt.RecordedAt,
    };

    /// <summary>The order's live (issued, not voided) invoice, if it has one.</summary>
    public static Task<Invoice?> LiveInvoiceAsync(BookingOpsDbContext db, int orderId, CancellationToken cancellationToken) =>
        db.Invoices.SingleOrDefaultAsync(i => i.DeliveryOrderId == orderId && i.Status != InvoiceStatus.Voided && i.Status != InvoiceStatus.Draft, cancellationToken);
}
