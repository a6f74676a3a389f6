using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Billing;

public sealed class PaymentTests : BillingTest
{
    [Fact]
    public async Task A_payment_gets_its_receipt_number_at_once_and_moves_the_invoice_to_partially_paid()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));

        var first = await PayAsync(deposit.Id, 300m, method: PaymentMethod.Cash);
        var second = await PayAsync(deposit.Id, 95m);

        Assert.Equal(("RCPT-2026-00001", false), (first.ReceiptNumber, first.WasAlreadyRecorded));
        Assert.Equal("RCPT-2026-00002", second.ReceiptNumber);
        var invoice = await FindAsync(deposit.Id);
        Assert.Equal((InvoiceStatus.PartiallyPaid, 395m, 400m), (invoice.Status, invoice.PaidTotal, invoice.Balance));
        var payments = await Harness.Get<InvoiceDirectory>().PaymentsOfAsync(deposit.Id);
        Assert.Equal([PaymentMethod.Cash, PaymentMethod.Online], payments.Select(p => p.Method));
        Assert.Equal("office@example.test", payments[0].RecordedBy);
    }

    [Fact]
    public async Task The_same_submission_twice_records_one_payment_and_returns_its_receipt()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));

        var first = await PayAsync(deposit.Id, 100m, key: "form-1234-abcd");
        var retry = await PayAsync(deposit.Id, 100m, key: "form-1234-abcd");

        Assert.Equal((first.PaymentId, first.ReceiptNumber, true), (retry.PaymentId, retry.ReceiptNumber, retry.WasAlreadyRecorded));
        Assert.Equal(100m, (await FindAsync(deposit.Id)).PaidTotal);
    }

    [Fact]
    public async Task Parallel_submissions_of_one_form_record_exactly_one_payment()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => PayAsync(deposit.Id, 200m, key: "double-click-key"))));

        Assert.Single(results.Select(r => r.ReceiptNumber).Distinct());
        Assert.Single(results, r => !r.WasAlreadyRecorded);
        await using var db = Harness.Db();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(200m, (await db.Invoices.SingleAsync(i => i.Id == deposit.Id)).PaidTotal);
    }

    [Fact]
    public async Task Two_people_paying_the_last_balance_at_once_cannot_both_succeed()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            try
            {
                await PayAsync(deposit.Id, 500m);
                return true;
            }
            catch (DomainValidationException)
            {
                return false;
            }
        })));

        Assert.Single(attempts, ok => ok);
        await using var db = Harness.Db();
        Assert.Equal(500m, (await db.Invoices.SingleAsync(i => i.Id == deposit.Id)).PaidTotal);
        Assert.Equal(["RCPT-2026-00001"], await db.Payments.Select(p => p.ReceiptNumber).ToListAsync());
    }

    [Fact]
    public async Task Overpaying_shows_the_balance_and_bad_amounts_drafts_and_future_dates_are_refused_with_nothing_saved()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        await PayAsync(deposit.Id, 700m);

        var over = await Assert.ThrowsAsync<DomainValidationException>(() => PayAsync(deposit.Id, 95.01m));
        Assert.Equal("The balance is 95.00; record at most that.", Assert.Single(over.Errors[nameof(PaymentInput.Amount)]));
        Assert.Contains(nameof(PaymentInput.Amount), (await Assert.ThrowsAsync<DomainValidationException>(() => PayAsync(deposit.Id, 0m))).Errors.Keys);
        Assert.Contains(nameof(PaymentInput.Amount), (await Assert.ThrowsAsync<DomainValidationException>(() => PayAsync(deposit.Id, -5m))).Errors.Keys);
        Assert.Contains(nameof(PaymentInput.Amount), (await Assert.ThrowsAsync<DomainValidationException>(() => PayAsync(deposit.Id, 1.005m))).Errors.Keys);
        var future = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<PaymentService>().RecordAsync(new PaymentInput
        {
            InvoiceId = deposit.Id, Amount = 10m, ReceivedOn = Today.AddDays(1),
        }));
        Assert.Contains(nameof(PaymentInput.ReceivedOn), future.Errors.Keys);
        var cheque = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<PaymentService>().RecordAsync(new PaymentInput
        {
            InvoiceId = deposit.Id, Amount = 10m, ReceivedOn = Today, Method = PaymentMethod.Cheque,
        }));
        Assert.Contains(nameof(PaymentInput.Reference), cheque.Errors.Keys);

        var draft = await DraftAsync(InvoiceKind.Final);
        await Assert.ThrowsAsync<BusinessRuleException>(() => PayAsync(draft, 10m));
        await PayAsync(deposit.Id, 95m);
        var paidInFull = await Assert.ThrowsAsync<BusinessRuleException>(() => PayAsync(deposit.Id, 1m));
        Assert.Contains("already paid in full", paidInFull.Message, StringComparison.Ordinal);

        await using var db = Harness.Db();
        Assert.Equal([700m, 95m], await db.Payments.OrderBy(p => p.Id).Select(p => p.Amount).ToListAsync());
        Assert.Equal(2, (await db.NumberSeries.SingleAsync(n => n.Key == "RCPT-2026")).LastNumber);
    }
}
