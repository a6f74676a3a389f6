using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;

namespace BookingOps.Tests.Domain.Reports;

public sealed class PaymentsReceivedTests : BillingTest
{
    /// <summary>The deposit (795.00) is paid 300.00 in cash and 200.00 online; the final (1,855.00) 100.00 in cash, a day later each.</summary>
    [Fact]
    public async Task Payments_sum_by_method_and_by_day_beside_what_the_periods_invoices_still_wait_for()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await PayOnAsync(deposit.Id, 300m, PaymentMethod.Cash, Today);
        Harness.Clock.Advance(TimeSpan.FromDays(1));
        await PayOnAsync(deposit.Id, 200m, PaymentMethod.Online, Today.AddDays(1));
        Harness.Clock.Advance(TimeSpan.FromDays(1));
        await PayOnAsync(final.Id, 100m, PaymentMethod.Cash, Today.AddDays(2));

        var payments = Harness.Get<PaymentsReceived>();
        var month = ReportPeriod.For(ReportPreset.ThisMonth, Today);
        var report = await payments.RunAsync(month, new PageRequest(Take: 2));
        var lastPage = await payments.RunAsync(month, new PageRequest(Skip: 2, Take: 2));
        var lastMonth = await payments.RunAsync(ReportPeriod.For(ReportPreset.LastMonth, Today), new PageRequest());

        Assert.Equal((3, 600m, 295m + 1_755m), (report.Count, report.Received, report.Pending));
        Assert.Equal([(PaymentMethod.Cash, 2, 400m), (PaymentMethod.Online, 1, 200m)], report.ByMethod.Select(m => (m.Method, m.Count, m.Amount)));
        Assert.Equal(3, report.Days.TotalCount);
        Assert.Equal([(Today.AddDays(2), 100m, 0m), (Today.AddDays(1), 0m, 200m)], report.Days.Items.Select(d => (d.Day, d.Cash, d.Other)));
        Assert.Equal((Today, 300m), (lastPage.Days.Items.Single().Day, lastPage.Days.Items.Single().Total));
        Assert.Equal((0, 0m, 0m), (lastMonth.Count, lastMonth.Received, lastMonth.Pending));
    }

    private Task<RecordedPayment> PayOnAsync(int invoiceId, decimal amount, PaymentMethod method, DateOnly day) =>
        Harness.Get<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = invoiceId, Amount = amount, Method = method, ReceivedOn = day, Reference = method == PaymentMethod.Cash ? null : "FPX 8812" });
}
