using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// The booking's final invoice (2,650.00) is paid in full on Sat 21 Nov. Refunds against it: 200.00 requested
/// and processed online at once; 100.00 requested on 25 Nov and rejected; 300.00 requested at 23:30 on 30 Nov and
/// processed in cash on 1 Dec; 50.00 requested at 00:10 on 1 Dec, still pending.
/// </summary>
public sealed class RefundsReportTests : BillingTest
{
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    private static readonly ReportPeriod December = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

    private Invoice final = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await PayAsync(final.Id, 2_650m);
        var refunds = Harness.Get<RefundService>();

        var atOnce = await RequestAsync(200m, "Show shortened by the venue");
        await AsAdminAsync(async () =>
        {
            await refunds.ApproveAsync(atOnce, 0);
            await refunds.ProcessAsync(atOnce, 1, PaymentMethod.Online, "IBG 5521");
        });
        At(new DateTime(2026, 11, 25, 12, 0, 0));
        var turnedDown = await RequestAsync(100m, "Customer changed their mind");
        await AsAdminAsync(() => refunds.RejectAsync(turnedDown, 0, "Past the cancellation period"));
        At(new DateTime(2026, 11, 30, 23, 30, 0));
        var lastNight = await RequestAsync(300m, "One dancer fewer");
        await AsAdminAsync(() => refunds.ApproveAsync(lastNight, 0));
        At(new DateTime(2026, 12, 1, 0, 10, 0));
        await RequestAsync(50m, "Parking refunded");
        At(new DateTime(2026, 12, 1, 9, 0, 0));
        await AsAdminAsync(() => refunds.ProcessAsync(lastNight, 1, PaymentMethod.Cash, null));
        Harness.Actor.Current = Admin;
    }

    [Fact]
    public async Task Refunds_requested_in_the_business_month_are_listed_with_the_processed_amount_as_total()
    {
        var report = Harness.Get<RefundsReport>();
        var november = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));
        var december = await report.PageAsync(new ReportFilter(December), sort: null, new PageRequest());
        var pnl = await Harness.Get<ProfitAndLossQuery>().RunAsync(November);

        Assert.Equal(
            [
                (final.Number, "Aminah Weddings", 200m, "Processed", "Show shortened by the venue", new DateOnly(2026, 11, 21), (DateOnly?)new DateOnly(2026, 11, 21), "Online transfer"),
                (final.Number, "Aminah Weddings", 100m, "Rejected", "Customer changed their mind (rejected: Past the cancellation period)", new DateOnly(2026, 11, 25), null, null),
                (final.Number, "Aminah Weddings", 300m, "Processed", "One dancer fewer", new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 1), "Cash"),
            ],
            november.Items.Select(r => (r.Invoice, r.Customer, r.Amount, r.Status, r.Reason, r.Requested!.Value, r.Processed, r.Method)));
        Assert.Equal(("Total", 500m), (totals!.Invoice, totals.Amount));
        Assert.Equal([(50m, "Pending", new DateOnly(2026, 12, 1))], december.Items.Select(r => (r.Amount, r.Status!, r.Requested!.Value)));
        Assert.Equal(0m, (await report.TypedTotalsAsync(new ReportFilter(December)))!.Amount);
        Assert.Equal((3, 0), (await report.CountAsync(new ReportFilter(November, CustomerId: Customer)), await report.CountAsync(new ReportFilter(November, CustomerId: Customer + 1))));

        // The P&L counts a refund on the day it was processed: the 300.00 is December's there.
        Assert.Equal(200m, pnl.Total.Refunds);
    }

    [Fact]
    public async Task The_database_sorts_and_pages_the_refunds_and_the_export_reads_them_all_with_their_invoice_link()
    {
        var report = Harness.Get<RefundsReport>();
        var filter = new ReportFilter(November);
        var largest = await report.PageAsync(filter, ReportSort.Parse("-amount"), new PageRequest(Take: 2));
        var latest = await report.PageAsync(filter, ReportSort.Parse("-requested"), new PageRequest(Take: 1));
        var exported = await report.RowsAsync(filter, ReportSort.Parse("processed")).ToListAsync();

        Assert.Equal(3, largest.TotalCount);
        Assert.Equal([300m, 200m], largest.Items.Select(r => r.Amount));
        Assert.Equal(new DateOnly(2026, 11, 30), latest.Items.Single().Requested);
        Assert.Equal([null, new DateOnly(2026, 11, 21), new DateOnly(2026, 12, 1)], exported.Select(r => (DateOnly?)r.Cells[6]));
        Assert.All(exported, r => Assert.Equal($"invoices/{final.Id}", r.Link));
    }

    private Task<int> RequestAsync(decimal amount, string reason) =>
        Harness.Get<RefundService>().RequestAsync(new RefundInput { InvoiceId = final.Id, Amount = amount, Reason = reason });

    private void At(DateTime local) => Harness.Clock.SetUtcNow(TestTime.Instant(local));
}
