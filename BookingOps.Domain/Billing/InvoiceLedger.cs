using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>The ledger behind an invoice's status: its payments and processed refunds, summed in SQL.</summary>
internal static class InvoiceLedger
{
    /// <summary>Re-reads the saved ledger and settles the invoice from it; call inside the transaction that changed the ledger.</summary>
    public static async Task SettleAsync(BookingOpsDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        var paid = await db.Payments.Where(p => p.InvoiceId == invoice.Id).SumAsync(p => p.Amount, cancellationToken);
        var refunded = await db.Refunds.Where(r => r.InvoiceId == invoice.Id && r.Status == RefundStatus.Processed).SumAsync(r => r.Amount, cancellationToken);
        invoice.Settle(paid, refunded);
    }

    /// <summary>What may still be refunded: paid, less refunds processed, approved or waiting for approval.</summary>
    public static async Task<decimal> RefundableAsync(BookingOpsDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        var claimed = await db.Refunds.Where(r => r.InvoiceId == invoice.Id && r.Status != RefundStatus.Rejected).SumAsync(r => r.Amount, cancellationToken);
        return invoice.PaidTotal - claimed;
    }
}
