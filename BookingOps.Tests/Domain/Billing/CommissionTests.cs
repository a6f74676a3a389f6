using BookingOps.Domain.Billing;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;

namespace BookingOps.Tests.Domain.Billing;

/// <summary>Encik Rahman introduced the booking (2,650.00 with tax, deposit 795.00) for 5 % of what it pays.</summary>
public sealed class CommissionTests : BillingTest
{
    private CommissionService Commissions => Harness.Get<CommissionService>();

    private async Task<CommissionItem> StateAsync() => (await Harness.Get<CommissionDirectory>().ForWorkAsync(Booking, null))!;

    private async Task<int> IntroducedAsync()
    {
        var terms = await Commissions.NewAsync();
        terms.IntroducerName = "Encik Rahman";
        return await Commissions.SaveAsync(Booking, null, terms);
    }

    private async Task<Invoice> IssuedAsync(InvoiceKind kind) => await IssueAsync(await DraftAsync(kind));

    private static CommissionPayment Payment => new() { Method = PaymentMethod.Online, Reference = "IBG 5531", PaidOn = Today };

    [Fact]
    public async Task A_commission_is_due_only_once_the_whole_booking_is_paid_then_the_admin_approves_and_pays_it()
    {
        var id = await IntroducedAsync();
        var noInvoice = await StateAsync();
        var deposit = await IssuedAsync(InvoiceKind.Deposit);
        await PayAsync(deposit.Id, 795m);
        var depositPaid = await StateAsync();
        var final = await IssuedAsync(InvoiceKind.Final);
        await PayAsync(final.Id, 1000m);
        var partlyPaid = await StateAsync();
        await PayAsync(final.Id, 855m);
        var paid = await StateAsync();

        var staff = await Assert.ThrowsAsync<BusinessRuleException>(() => Commissions.ApproveAsync(id, paid.Version, paid.Suggested));
        var payFirst = await Assert.ThrowsAsync<BusinessRuleException>(() => AsAdminAsync(() => Commissions.PayAsync(id, paid.Version, Payment)));
        await AsAdminAsync(() => Commissions.ApproveAsync(id, paid.Version, paid.Suggested));
        var approved = await StateAsync();
        await AsAdminAsync(() => Commissions.PayAsync(id, approved.Version, Payment));
        var done = await StateAsync();

        Assert.Equal((CommissionState.Waiting, 0m), (noInvoice.State, noInvoice.PaidInvoices));
        Assert.Equal(CommissionState.Waiting, depositPaid.State);
        Assert.Equal(CommissionState.Waiting, partlyPaid.State);
        Assert.Equal((CommissionState.Eligible, 2650m, 132.50m), (paid.State, paid.PaidInvoices, paid.Suggested));
        Assert.Equal("Only an Admin can approve or pay commissions.", staff.Message);
        Assert.Equal($"Approve an amount for {paid.Number} before paying it.", payFirst.Message);
        Assert.Equal((CommissionState.Approved, 132.50m), (approved.State, approved.ApprovedAmount));
        Assert.Equal((CommissionState.Paid, Today, "IBG 5531"), (done.State, done.PaidOn, done.PaidReference));
    }

    [Fact]
    public async Task A_refund_takes_an_approved_unpaid_commission_back_out_of_eligible_and_stops_its_payment()
    {
        var id = await IntroducedAsync();
        var final = await IssuedAsync(InvoiceKind.Final);
        await PayAsync(final.Id, 2650m);
        var eligible = await StateAsync();
        await AsAdminAsync(() => Commissions.ApproveAsync(id, eligible.Version, 100m));
        var approved = await StateAsync();

        var refund = await Harness.Get<RefundService>().RequestAsync(new RefundInput { InvoiceId = final.Id, Amount = 200m, Reason = "Show shortened" });
        await AsAdminAsync(async () =>
        {
            await Harness.Get<RefundService>().ApproveAsync(refund, 0);
            await Harness.Get<RefundService>().ProcessAsync(refund, 1, PaymentMethod.Online, "IBG 2");
        });
        var refunded = await StateAsync();
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => AsAdminAsync(() => Commissions.PayAsync(id, approved.Version, Payment)));

        Assert.Equal(CommissionState.Eligible, eligible.State);
        Assert.Equal((CommissionState.Waiting, 100m), (refunded.State, refunded.ApprovedAmount));
        Assert.Equal($"{eligible.Number} is no longer due: the work's invoices are not all paid, or one was refunded. Nothing was paid.", refused.Message);
        Assert.Null((await StateAsync()).PaidOn);
    }

    [Fact]
    public async Task Voiding_the_invoice_that_made_it_due_puts_the_commission_back_to_waiting()
    {
        await IntroducedAsync();
        var final = await IssuedAsync(InvoiceKind.Final);
        var issued = await StateAsync();
        await AsAdminAsync(() => Harness.Get<InvoiceService>().VoidAsync(final.Id, final.Version, "Wrong customer"));
        var replacement = await IssuedAsync(InvoiceKind.Final);
        await PayAsync(replacement.Id, 2650m);
        var paid = await StateAsync();

        Assert.Equal(CommissionState.Waiting, issued.State);
        Assert.Equal((CommissionState.Eligible, 2650m), (paid.State, paid.PaidInvoices));
    }

    [Fact]
    public async Task The_introducer_is_named_or_a_customer_and_the_terms_change_only_until_approved()
    {
        var nobody = new CommissionInput { Rule = CommissionRule.Percent, Value = 5m };
        var tooMuch = new CommissionInput { IntroducerName = "Encik Rahman", Rule = CommissionRule.Percent, Value = 120m };
        var missing = await Assert.ThrowsAsync<DomainValidationException>(() => Commissions.SaveAsync(Booking, null, nobody));
        var percent = await Assert.ThrowsAsync<DomainValidationException>(() => Commissions.SaveAsync(Booking, null, tooMuch));

        var id = await Commissions.SaveAsync(Booking, null, new CommissionInput { IntroducerCustomerId = Customer, Rule = CommissionRule.Fixed, Value = 150m });
        var asCustomer = await StateAsync();
        var final = await IssuedAsync(InvoiceKind.Final);
        await PayAsync(final.Id, 2650m);
        await AsAdminAsync(() => Commissions.ApproveAsync(id, asCustomer.Version, 150m));
        var change = CommissionInput.From(await LoadAsync(id));
        change.Value = 200m;
        var locked = await Assert.ThrowsAsync<BusinessRuleException>(() => Commissions.SaveAsync(Booking, null, change));

        Assert.Equal("Name the introducer, or choose them among the customers.", missing.Errors[nameof(CommissionInput.IntroducerName)].Single());
        Assert.Equal("A percentage is at most 100.", percent.Errors[nameof(CommissionInput.Value)].Single());
        Assert.Equal(("Aminah Weddings", 150m, "fixed 150.00"), (asCustomer.IntroducerName, asCustomer.Suggested, asCustomer.RuleText));
        Assert.Equal($"{asCustomer.Number} is approved; its introducer and rule can no longer change.", locked.Message);
    }

    [Fact]
    public async Task An_introducer_recorded_by_mistake_is_removed_but_an_approved_commission_stays()
    {
        var id = await IntroducedAsync();
        await Commissions.RemoveAsync(id, 0);
        var gone = await Harness.Get<CommissionDirectory>().ForWorkAsync(Booking, null);

        id = await IntroducedAsync();
        var final = await IssuedAsync(InvoiceKind.Final);
        await PayAsync(final.Id, 2650m);
        await AsAdminAsync(() => Commissions.ApproveAsync(id, 0, 132.50m));
        var approved = await StateAsync();
        var kept = await Assert.ThrowsAsync<BusinessRuleException>(() => Commissions.RemoveAsync(id, approved.Version));

        Assert.Null(gone);
        Assert.Equal($"{approved.Number} is approved and stays on record.", kept.Message);
    }

    private async Task<Commission> LoadAsync(int id)
    {
        await using var db = Harness.Db();
        return db.Commissions.Single(c => c.Id == id);
    }
}
