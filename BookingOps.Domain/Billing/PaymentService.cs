using BookingOps.Domain.Common;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>
/// Records payments. Each runs in one immediate (write-locked) transaction that first looks for the
/// submission's idempotency key, so a double click, a browser retry or two people saving the same form
/// at once record one payment and all get its receipt back. A unique index on the key backs this up.
/// </summary>
public sealed class PaymentService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    TimeProvider clock)
{
    public async Task<RecordedPayment> RecordAsync(PaymentInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var today = await calendar.TodayAsync();
        if (input.ReceivedOn > today)
        {
            throw new DomainValidationException(nameof(PaymentInput.ReceivedOn), "A payment cannot be dated in the future.");
        }

        var recordedBy = (await actor.GetAsync(cancellationToken)).Name;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var earlier = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.IdempotencyKey == input.IdempotencyKey, cancellationToken);
        if (earlier is not null)
        {
            return earlier.InvoiceId == input.InvoiceId
                ? new RecordedPayment(earlier.Id, earlier.ReceiptNumber, WasAlreadyRecorded: true)
                : throw new BusinessRuleException("This form was already used for another invoice; open the payment form again.");
        }

        var invoice = await db.Invoices.SingleOrDefaultAsync(i => i.Id == input.InvoiceId, cancellationToken)
            ?? throw new BusinessRuleException("This invoice no longer exists.");
        invoice.EnsurePayable(input.Amount);

        var payment = new Payment
        {
            InvoiceId = invoice.Id,
            ReceiptNumber = await DocumentNumbers.NextAsync(db, Payment.ReceiptPrefix, today.Year, cancellationToken),
            Method = input.Method,
            Amount = input.Amount,
            ReceivedOn = input.ReceivedOn,
            Reference = Text.Clean(input.Reference),
            IdempotencyKey = input.IdempotencyKey,
            RecordedBy = recordedBy,
            RecordedAt = clock.GetUtcNow(),
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(cancellationToken);
        await InvoiceLedger.SettleAsync(db, invoice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new RecordedPayment(payment.Id, payment.ReceiptNumber, WasAlreadyRecorded: false);
    }
}
