using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// December 2026, five shows of 2,650.00 (deposit 795.00, final 1,855.00 after it), everything recorded today:
/// <list type="bullet">
/// <item>Sat 5 Dec 19:00, Tan Events: invoiced and paid in full; Aina's 300.00 accepted, Ben offered 250.00 and not
/// answered; travel 45.60 approved, a 30.00 meal still waiting; Encik Rahman's 5 % (132.50) approved at 120.00.</item>
/// <item>Sat 12 Dec 19:00, Lim Weddings, cancelled: the deposit paid, 100.00 of it refunded, kept otherwise.</item>
/// <item>Sun 20 Dec 19:00, Tan Events, cancelled before anything was invoiced: not listed.</item>
/// <item>Thu 31 Dec 23:30, Tan Events: the deposit paid; a final issued by mistake and voided; Ben's 200.00
/// accepted; Puan Lee's 3.5 % not approved, so 3.5 % of the 795.00 paid: 27.825, which rounds to 27.83.</item>
/// <item>Fri 1 Jan 00:10, Tan Events: its deposit issued, but it starts the day after the range.</item>
/// </list>
/// </summary>
public sealed class BookingProfitReportTests : BookingMoneyReportTest
{
    private int paidInFull;
    private int refunded;
    private int emptyCancelled;
    private int lastEvening;
    private int newYear;

    private BookingProfitReport Report => Harness.Get<BookingProfitReport>();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var lim = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Lim Weddings", phone: "012-777 1234", email: "hello@limweddings.my"));
        paidInFull = await BookingAsync(Customer, new DateTime(2026, 12, 5, 19, 0, 0));
        refunded = await BookingAsync(lim, new DateTime(2026, 12, 12, 19, 0, 0));
        emptyCancelled = await BookingAsync(Customer, new DateTime(2026, 12, 20, 19, 0, 0));
        lastEvening = await BookingAsync(Customer, new DateTime(2026, 12, 31, 23, 30, 0));
        newYear = await BookingAsync(Customer, new DateTime(2027, 1, 1, 0, 10, 0));

        await PayAsync(await IssuedAsync(paidInFull, InvoiceKind.Deposit), 795m);
        await PayAsync(await IssuedAsync(paidInFull, InvoiceKind.Final), 1_855m);
        await CrewAsync(paidInFull, Aina, 300m);
        await CrewAsync(paidInFull, Ben, 250m, accept: false);
        await ExpenseAsync(paidInFull, "Travel", 45.60m, ExpenseStatus.Approved);
        await ExpenseAsync(paidInFull, "Meals", 30m, ExpenseStatus.Submitted);
        var commissions = Harness.Get<CommissionService>();
        var rahman = await commissions.SaveAsync(paidInFull, null, new CommissionInput { IntroducerName = "Encik Rahman", Rule = CommissionRule.Percent, Value = 5m });
        await commissions.ApproveAsync(rahman, 0, 120m);

        var deposit = await IssuedAsync(refunded, InvoiceKind.Deposit);
        await PayAsync(deposit, 795m);
        var refunds = Harness.Get<RefundService>();
        var refund = await refunds.RequestAsync(new RefundInput { InvoiceId = deposit, Amount = 100m, Reason = "Show cancelled; the rest kept as agreed" });
        await refunds.ApproveAsync(refund, 0);
        await refunds.ProcessAsync(refund, 1, PaymentMethod.Online, "IBG 5521");
        await CancelAsync(refunded);
        await CancelAsync(emptyCancelled);

        await PayAsync(await IssuedAsync(lastEvening, InvoiceKind.Deposit), 795m);
        await Harness.Get<InvoiceService>().VoidAsync(await IssuedAsync(lastEvening, InvoiceKind.Final), 1, "Issued before the show by mistake");
        await CrewAsync(lastEvening, Ben, 200m);
        await commissions.SaveAsync(lastEvening, null, new CommissionInput { IntroducerName = "Puan Lee", Rule = CommissionRule.Percent, Value = 3.5m });

        await IssuedAsync(newYear, InvoiceKind.Deposit);
    }

    [Fact]
    public async Task Each_booking_starting_in_the_range_shows_its_profit_net_of_voids_refunds_and_waiting_expenses()
    {
        var rows = await Report.PageAsync(December, sort: null, new PageRequest());

        Assert.Equal(3, rows.TotalCount);
        Assert.Equal(
            [
                (paidInFull, "Tan Events Sdn Bhd", new DateOnly(2026, 12, 5), 2_650m, 0m, 300m, 45.60m, 120m, 2_184.40m, (decimal?)82.4m, 30m),
                (refunded, "Lim Weddings", new DateOnly(2026, 12, 12), 795m, 100m, 0m, 0m, 0m, 695m, 100m, 0m),
                (lastEvening, "Tan Events Sdn Bhd", new DateOnly(2026, 12, 31), 795m, 0m, 200m, 0m, 27.83m, 567.17m, 71.3m, 0m),
            ],
            rows.Items.Select(r => (r.BookingId, r.Customer!, r.Starts!.Value, r.Invoiced, r.Refunded, r.CrewFees, r.Expenses, r.Commission, r.Profit, r.ToProfit().Margin, r.ExpensesWaiting)));
        var view = await Report.ViewAsync(December, sort: null, new PageRequest());
        Assert.Equal($"bookings/{paidInFull}", view.Rows[0].Link);
    }

    [Fact]
    public async Task A_row_is_exactly_the_profit_the_booking_page_shows()
    {
        var rows = await Report.PageAsync(December, sort: null, new PageRequest());
        var profits = Harness.Get<BookingProfits>();

        foreach (var row in rows.Items)
        {
            Assert.Equal(await profits.ForBookingAsync(row.BookingId), row.ToProfit());
        }

        // The booking page counts the suggested commission by the same rule, worked out in memory.
        await using var db = Harness.Db();
        var puanLee = await db.Commissions.SingleAsync(c => c.BookingId == lastEvening);
        Assert.Equal(27.83m, puanLee.Suggested(795m));
        Assert.Equal((0m, 0m), ((await profits.ForBookingAsync(emptyCancelled)).Invoiced, (await profits.ForBookingAsync(emptyCancelled)).Profit));
        Assert.Equal(795m, (await profits.ForBookingAsync(newYear)).Invoiced);
    }

    [Fact]
    public async Task The_totals_add_up_the_whole_range_and_SQL_sorts_and_pages_by_profit_invoiced_and_start()
    {
        var totals = (await Report.TypedTotalsAsync(December))!;
        var byProfit = await Report.PageAsync(December, ReportSort.Parse("-profit"), new PageRequest());
        var leastInvoicedFirst = await Report.PageAsync(December, ReportSort.Parse("invoiced"), new PageRequest(Take: 2));
        var latestSecond = await Report.PageAsync(December, ReportSort.Parse("-starts"), new PageRequest(Skip: 1, Take: 1));
        var view = await Report.ViewAsync(December, ReportSort.Parse("profit"), new PageRequest(Take: 1));

        Assert.Equal(
            (4_240m, 100m, 500m, 45.60m, 147.83m, 3_446.57m, 30m),
            (totals.Invoiced, totals.Refunded, totals.CrewFees, totals.Expenses, totals.Commission, totals.Profit, totals.ExpensesWaiting));
        Assert.Equal([paidInFull, refunded, lastEvening], byProfit.Items.Select(r => r.BookingId));
        Assert.Equal([795m, 795m], leastInvoicedFirst.Items.Select(r => r.Invoiced));
        Assert.Equal(refunded, Assert.Single(latestSecond.Items).BookingId);
        Assert.Equal($"bookings/{lastEvening}", view.Rows.Single().Link);
        Assert.Equal(["Total", null, null, 4_240m, 100m, 500m, 45.60m, 147.83m, 3_446.57m, 83.3m, 30m], view.Totals!.Cells);
    }

    [Fact]
    public async Task The_pdf_fits_every_column_on_its_page()
    {
        var text = await PdfTextAsync(Report);

        Assert.Contains("PROFIT BY BOOKING", text, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+4,240\.00\s+100\.00\s+500\.00\s+45\.60\s+147\.83\s+3,446\.57\s+83\.3 %\s+30\.00", text);
    }

    [Fact]
    public async Task Only_an_Admin_sees_profit_by_booking()
    {
        Harness.Actor.Current = Office;

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Report.ViewAsync(December, sort: null, new PageRequest()));
        Assert.Equal("Only an Admin can see profit by booking.", refused.Message);
    }

    [Theory]
    [InlineData(795, 3.5, 27.83)]
    [InlineData(10.10, 5, 0.51)]
    [InlineData(2_650, 5, 132.50)]
    [InlineData(999.99, 7.25, 72.50)]
    [InlineData(0, 5, 0)]
    public void The_commission_rule_rounds_to_the_sen_half_away_from_zero(decimal paid, decimal percent, decimal expected)
    {
        var commission = Commission.Create("COM-2026-00001", 1, null, new CommissionInput { IntroducerName = "Encik Rahman", Rule = CommissionRule.Percent, Value = percent }, "Encik Rahman", "office", TestTime.Now);
        var fixedOne = Commission.Create("COM-2026-00002", 2, null, new CommissionInput { IntroducerName = "Puan Lee", Rule = CommissionRule.Fixed, Value = 150m }, "Puan Lee", "office", TestTime.Now);

        Assert.Equal(expected, commission.Suggested(paid));
        Assert.Equal(decimal.Round(paid * percent / 100m, 2, MidpointRounding.AwayFromZero), commission.Suggested(paid));
        Assert.Equal(150m, fixedOne.Suggested(paid));
    }
}
