using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Five bookings of 2,650.00, each with an introducer recorded on Sat 21 Nov, a minute apart. Encik Rahman (5 %)
/// is approved 132.50 and paid; Puan Lee (fixed 150.00) is approved, then her booking is refunded 200.00, so
/// her commission is no longer due (the module has no "rejected": this is the commission that will not be paid);
/// Mr Tan's booking (5 %) is invoiced but unpaid; Cik Aida's (fixed 100.00) is paid and waits for approval;
/// Dato Wong's (5 %) is paid and approved at 00:10 on 1 Dec.
/// </summary>
public sealed class CommissionsReportTests : BillingTest
{
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
    private static readonly ReportPeriod December = new(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31));

    private readonly Dictionary<string, int> bookings = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var commissions = Harness.Get<CommissionService>();
        var ids = new Dictionary<string, int>();
        var invoices = new Dictionary<string, int>();
        foreach (var (introducer, rule, value) in new[]
        {
            ("Encik Rahman", CommissionRule.Percent, 5m), ("Puan Lee", CommissionRule.Fixed, 150m), ("Mr Tan", CommissionRule.Percent, 5m),
            ("Cik Aida", CommissionRule.Fixed, 100m), ("Dato Wong", CommissionRule.Percent, 5m),
        })
        {
            bookings[introducer] = introducer == "Encik Rahman" ? Booking : await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer));
            ids[introducer] = await commissions.SaveAsync(bookings[introducer], null, new CommissionInput { IntroducerName = introducer, Rule = rule, Value = value });
            var final = await IssueAsync(await Harness.Get<InvoiceService>().CreateForBookingAsync(bookings[introducer], InvoiceKind.Final));
            invoices[introducer] = final.Id;
            if (introducer != "Mr Tan")
            {
                await PayAsync(final.Id, 2_650m);
            }

            Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await AsAdminAsync(async () =>
        {
            await commissions.ApproveAsync(ids["Encik Rahman"], 0, 132.50m);
            await commissions.PayAsync(ids["Encik Rahman"], 1, new CommissionPayment { Method = PaymentMethod.Online, Reference = "IBG 5531", PaidOn = Today });
            Harness.Clock.Advance(TimeSpan.FromMinutes(1));
            await commissions.ApproveAsync(ids["Puan Lee"], 0, 150m);
        });
        var refund = await Harness.Get<RefundService>().RequestAsync(new RefundInput { InvoiceId = invoices["Puan Lee"], Amount = 200m, Reason = "Show shortened" });
        await AsAdminAsync(async () =>
        {
            await Harness.Get<RefundService>().ApproveAsync(refund, 0);
            await Harness.Get<RefundService>().ProcessAsync(refund, 1, PaymentMethod.Online, "IBG 2");
            Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 12, 1, 0, 10, 0)));
            await commissions.ApproveAsync(ids["Dato Wong"], 0, 132.50m);
        });
        Harness.Actor.Current = Admin;
    }

    [Fact]
    public async Task Commissions_are_dated_by_approval_or_else_recording_and_only_approved_amounts_make_the_total()
    {
        var report = Harness.Get<CommissionsReport>();
        var november = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));
        var december = await report.PageAsync(new ReportFilter(December), sort: null, new PageRequest());
        var saturday = new DateOnly(2026, 11, 21);

        Assert.Equal(
            [
                ("Mr Tan", "5 % of paid invoices", 0m, "Waiting", saturday),
                ("Cik Aida", "fixed 100.00", 100m, "Eligible", saturday),
                ("Encik Rahman", "5 % of paid invoices", 132.50m, "Paid", saturday),
                ("Puan Lee", "fixed 150.00", 150m, "Waiting (approved)", saturday),
            ],
            november.Items.Select(r => (r.Introducer!, r.Rule!, r.Amount, r.Status!, r.Day!.Value)));
        Assert.Equal(("Total", 282.50m), (totals!.Work, totals.Amount));
        Assert.Equal((await Harness.Get<ProfitAndLossQuery>().RunAsync(November)).Total.Commissions, totals.Amount);
        Assert.Equal([("Dato Wong", 132.50m, "Approved", new DateOnly(2026, 12, 1))], december.Items.Select(r => (r.Introducer!, r.Amount, r.Status!, r.Day!.Value)));
        Assert.Equal(132.50m, (await report.TypedTotalsAsync(new ReportFilter(December)))!.Amount);
    }

    [Fact]
    public async Task The_database_sorts_and_pages_the_commissions_and_each_opens_its_booking()
    {
        var report = Harness.Get<CommissionsReport>();
        var filter = new ReportFilter(November);
        var byIntroducer = await report.PageAsync(filter, ReportSort.Parse("introducer"), new PageRequest(Skip: 1, Take: 2));
        var latest = await report.ViewAsync(filter, ReportSort.Parse("-day"), new PageRequest(Take: 1));

        Assert.Equal(4, byIntroducer.TotalCount);
        Assert.Equal(["Encik Rahman", "Mr Tan"], byIntroducer.Items.Select(r => r.Introducer));
        Assert.Equal(($"bookings/{bookings["Puan Lee"]}", "Puan Lee"), (latest.Rows.Single().Link, latest.Rows.Single().Cells[1]));
        Assert.Equal(4, latest.TotalCount);
    }
}
