using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>Refunds: the office requests one within what was paid; an Admin approves (or rejects) and processes it.</summary>
public sealed class RefundService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    ICurrentActor actor,
    TimeProvider clock)
{
    public const string ConflictMessage = "Someone else acted on this refund meanwhile. Reload to see where it stands.";

    public async Task<int> RequestAsync(RefundInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var who = await actor.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await db.Invoices.AsNoTracking().SingleOrDefaultAsync(i => i.Id == input.InvoiceId, cancellationToken)
            ?? throw new BusinessRuleException("This invoice no longer exists.");
        if (invoice.Status is InvoiceStatus.Draft or InvoiceStatus.Voided)
        {
            throw new BusinessRuleException($"An invoice that is {Invoice.Describe(invoice.Status)} holds no payments to refund.");
        }

        var refundable = await InvoiceLedger.RefundableAsync(db, invoice, cancellationToken);
        if (input.Amount > refundable)
        {
            throw new DomainValidationException(
                nameof(RefundInput.Amount),
                refundable <= 0m
                    ? "Everything paid on this invoice is already refunded or requested."
                    : $"At most {Money.Format(refundable, invoice.CurrencyCode)} can be refunded: what was paid, less refunds already made or requested.");
        }

        var refund = Refund.Request(input, who.Name, clock.GetUtcNow());
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return refund.Id;
    }

    public Task ApproveAsync(int id, long version, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, (refund, admin, now) => refund.Approve(admin, now), cancellationToken);

    public Task RejectAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, (refund, admin, now) => refund.Reject(reason, admin, now), cancellationToken);

    /// <summary>Records how the money went back; the invoice's ledger, status and the booking's balance follow.</summary>
    public Task ProcessAsync(int id, long version, PaymentMethod method, string? reference, CancellationToken cancellationToken = default) =>
        DecideAsync(id, version, (refund, _, now) => refund.Process(method, reference, now), cancellationToken);

    private async Task DecideAsync(int id, long version, Action<Refund, string, DateTimeOffset> decide, CancellationToken cancellationToken)
    {
        var who = await actor.GetAsync(cancellationToken);
        if (!who.IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can approve, reject or process a refund.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var refund = await db.Refunds.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This refund no longer exists.");
        decide(refund, who.Name, clock.GetUtcNow());
        await db.SaveVersionedAsync(refund, version, ConflictMessage, cancellationToken);
        var invoice = await db.Invoices.SingleAsync(i => i.Id == refund.InvoiceId, cancellationToken);
        await InvoiceLedger.SettleAsync(db, invoice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
