using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Tests.Domain.Billing;

public sealed class RefundTests : BillingTest
{
    private Task<int> RequestAsync(int invoiceId, decimal amount) =>
        Harness.Get<RefundService>().RequestAsync(new RefundInput { InvoiceId = invoiceId, Amount = amount, Reason = "Show shortened by the venue" });

    private async Task<Refund> RefundAsync(int invoiceId, int refundId) =>
        (await Harness.Get<InvoiceDirectory>().RefundsOfAsync(invoiceId)).Single(r => r.Id == refundId);

    [Fact]
    public async Task A_refund_is_requested_within_what_was_paid_approved_by_an_admin_then_processed()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        await PayAsync(deposit.Id, 795m);
        var refunds = Harness.Get<RefundService>();

        var tooMuch = await Assert.ThrowsAsync<DomainValidationException>(() => RequestAsync(deposit.Id, 795.01m));
        Assert.Contains("At most 795.00 can be refunded", tooMuch.Message, StringComparison.Ordinal);
        var id = await RequestAsync(deposit.Id, 500m);
        var second = await Assert.ThrowsAsync<DomainValidationException>(() => RequestAsync(deposit.Id, 300m));
        Assert.Contains("At most 295.00", second.Message, StringComparison.Ordinal);

        await Assert.ThrowsAsync<BusinessRuleException>(() => refunds.ApproveAsync(id, 0));
        await AsAdminAsync(async () =>
        {
            await Assert.ThrowsAsync<BusinessRuleException>(() => refunds.ProcessAsync(id, 0, PaymentMethod.Online, "IBG 5521"));
            await refunds.ApproveAsync(id, 0);
            await refunds.ProcessAsync(id, 1, PaymentMethod.Online, "IBG 5521");
        });

        var refund = await RefundAsync(deposit.Id, id);
        Assert.Equal((RefundStatus.Processed, BillingTest.Admin.Name, (PaymentMethod?)PaymentMethod.Online, "IBG 5521"), (refund.Status, refund.DecidedBy, refund.Method, refund.Reference));
        var invoice = await FindAsync(deposit.Id);
        Assert.Equal((InvoiceStatus.Closed, 500m, 0m), (invoice.Status, invoice.RefundedTotal, invoice.Balance));
        var summary = await Harness.Get<InvoiceDirectory>().BookingSummaryAsync(Booking);
        Assert.Equal((BookingPaymentState.PartlyRefunded, 795m, 500m), (summary.State, summary.Paid, summary.Refunded));
        await Assert.ThrowsAsync<BusinessRuleException>(() => PayAsync(deposit.Id, 1m));
    }

    [Fact]
    public async Task A_rejected_refund_frees_its_amount_and_a_full_refund_marks_the_booking_refunded()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        await PayAsync(deposit.Id, 795m);
        var refunds = Harness.Get<RefundService>();
        var rejected = await RequestAsync(deposit.Id, 795m);

        await AsAdminAsync(async () =>
        {
            await Assert.ThrowsAsync<DomainValidationException>(() => refunds.RejectAsync(rejected, 0, ""));
            await refunds.RejectAsync(rejected, 0, "Cancellation was within the no-refund period");
        });
        var full = await RequestAsync(deposit.Id, 795m);
        await AsAdminAsync(async () =>
        {
            await Assert.ThrowsAsync<BusinessRuleException>(() => refunds.ApproveAsync(rejected, 1));
            await refunds.ApproveAsync(full, 0);
            await refunds.ProcessAsync(full, 1, PaymentMethod.Cash, null);
        });

        Assert.Equal("Cancellation was within the no-refund period", (await RefundAsync(deposit.Id, rejected)).RejectionReason);
        Assert.Equal(BookingPaymentState.Refunded, (await Harness.Get<InvoiceDirectory>().BookingSummaryAsync(Booking)).State);
        var voidable = await FindAsync(deposit.Id);
        await AsAdminAsync(() => Harness.Get<InvoiceService>().VoidAsync(voidable.Id, voidable.Version, "Booking called off, deposit returned"));
        Assert.Equal(InvoiceStatus.Voided, (await FindAsync(deposit.Id)).Status);
    }

    [Fact]
    public async Task Nothing_is_refunded_from_a_draft_or_an_unpaid_invoice_and_an_open_refund_blocks_voiding()
    {
        var draft = await DraftAsync(InvoiceKind.Deposit);
        await Assert.ThrowsAsync<BusinessRuleException>(() => RequestAsync(draft, 10m));
        var deposit = await IssueAsync(draft);
        var nothingPaid = await Assert.ThrowsAsync<DomainValidationException>(() => RequestAsync(deposit.Id, 10m));
        Assert.Contains("already refunded or requested", nothingPaid.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RefundInput.Amount), (await Assert.ThrowsAsync<DomainValidationException>(() => RequestAsync(deposit.Id, 0m))).Errors.Keys);
        await Assert.ThrowsAsync<DomainValidationException>(() =>
            Harness.Get<RefundService>().RequestAsync(new RefundInput { InvoiceId = deposit.Id, Amount = 10m, Reason = " " }));

        await PayAsync(deposit.Id, 100m);
        var open = await RequestAsync(deposit.Id, 100m);
        var held = await FindAsync(deposit.Id);
        await AsAdminAsync(async () =>
        {
            var blocked = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<InvoiceService>().VoidAsync(held.Id, held.Version, "Wrong customer"));
            Assert.Contains("refund on this invoice is still open", blocked.Message, StringComparison.Ordinal);
            await Harness.Get<RefundService>().ApproveAsync(open, 0);
            await Harness.Get<RefundService>().ProcessAsync(open, 1, PaymentMethod.Online, "IBG 1");
        });
        Assert.Equal(InvoiceStatus.Closed, (await FindAsync(deposit.Id)).Status);
    }

    [Theory]
    [InlineData(1000, 300, 0, 0, BookingPaymentState.Unpaid)]
    [InlineData(1000, 300, 100, 0, BookingPaymentState.PartlyPaid)]
    [InlineData(1000, 300, 300, 0, BookingPaymentState.DepositPaid)]
    [InlineData(1000, 0, 300, 0, BookingPaymentState.PartlyPaid)]
    [InlineData(1000, 300, 1000, 0, BookingPaymentState.Paid)]
    [InlineData(1000, 300, 1000, 200, BookingPaymentState.PartlyRefunded)]
    [InlineData(1000, 300, 300, 300, BookingPaymentState.Refunded)]
    [InlineData(0, 0, 0, 0, BookingPaymentState.Unpaid)]
    public void The_booking_payment_state_is_derived(decimal total, decimal deposit, decimal paid, decimal refunded, BookingPaymentState expected) =>
        Assert.Equal(expected, BillingSummary.StateFor(total, deposit, paid, refunded));
}
