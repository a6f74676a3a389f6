using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Reports;

public sealed class ProfitAndLossTests : CrewMoneyTest
{
    private static readonly Actor Office = new("user-1", "office@example.test");
    private static readonly Actor Admin = Office with { IsAdmin = true };

    /// <summary>
    /// Two shows of 2,650.00 either side of midnight at October's end (business time). The November one is
    /// invoiced in full (deposit, then a final that deducts it), paid, and its introducer's 132.50 approved. The
    /// October one's deposit is paid and 100.00 of it refunded; its final is issued and voided. Aina's petrol for
    /// October is approved, the lorry's fuel in November is overhead; a meal still waits. Everything is issued today, 21 Nov.
    /// </summary>
    [Fact]
    public async Task The_P_and_L_counts_each_figure_in_its_business_month_net_of_voids_and_deducted_deposits()
    {
        var november = await BookingAsync(new DateTime(2026, 11, 1, 0, 30, 0), Ben, fee: 300m);
        var october = await BookingAsync(new DateTime(2026, 10, 31, 23, 30, 0), Aina, fee: 200m);
        var invoices = Harness.Get<InvoiceService>();

        Harness.Actor.Current = Admin;
        var novemberDeposit = await IssuedAsync(november, InvoiceKind.Deposit);
        await PayAsync(novemberDeposit, 795m);
        var novemberFinal = await IssuedAsync(november, InvoiceKind.Final);
        await PayAsync(novemberFinal, 1_855m);
        var commissions = Harness.Get<CommissionService>();
        var commission = await commissions.SaveAsync(november, null, new CommissionInput { IntroducerName = "Encik Rahman", Rule = CommissionRule.Percent, Value = 5m });
        await commissions.ApproveAsync(commission, 0, 132.50m);

        var octoberDeposit = await IssuedAsync(october, InvoiceKind.Deposit);
        await PayAsync(octoberDeposit, 795m);
        var refunds = Harness.Get<RefundService>();
        var refund = await refunds.RequestAsync(new RefundInput { InvoiceId = octoberDeposit, Amount = 100m, Reason = "Show shortened by the venue" });
        await refunds.ApproveAsync(refund, 0);
        await refunds.ProcessAsync(refund, 1, PaymentMethod.Online, "IBG 5521");
        var octoberFinal = await IssuedAsync(october, InvoiceKind.Final);
        await invoices.VoidAsync(octoberFinal, 1, "Issued by mistake");

        var expenses = Harness.Get<ExpenseService>();
        var petrol = await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Crew, "Travel", new DateOnly(2026, 10, 31), 45.60m, october));
        await expenses.ApproveAsync(petrol, 0);
        // Overhead is the Admin's own spending: approved as it is recorded.
        await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Overhead, "Fuel", new DateOnly(2026, 11, 3), 500m, null));
        await expenses.CreateAsync(await ExpenseAsync(ExpenseKind.Crew, "Meals", new DateOnly(2026, 11, 1), 30m, november, Ben.Id));

        var report = await Harness.Get<ProfitAndLossQuery>().RunAsync(new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30)));

        Assert.Equal(
            [
                ("Oct 2026", 0m, 0m, 200m, 0m, 45.60m, -245.60m, (decimal?)null),
                ("Nov 2026", 795m + 1_855m + 795m, 100m, 300m, 132.50m, 500m, 2_412.50m, 72.1m),
            ],
            report.Months.Select(m => (m.Label, m.Revenue, m.Refunds, m.CrewFees, m.Commissions, m.Expenses, m.Profit, m.Margin)));
        Assert.Equal((3_445m, 2_166.90m), (report.Total.Revenue, report.Total.Profit));
        Assert.Equal([("Travel", 45.60m), ("Fuel", 500m)], report.ExpensesByCategory.Select(c => (c.Category, c.Amount)));

        // Each booking's own profit adds up from the same records; the meal still waiting is shown apart.
        var profits = Harness.Get<BookingProfits>();
        var novemberProfit = await profits.ForBookingAsync(november);
        var octoberProfit = await profits.ForBookingAsync(october);
        Assert.Equal((2_650m, 0m, 300m, 0m, 132.50m, 30m, 2_217.50m), (novemberProfit.Invoiced, novemberProfit.Refunded, novemberProfit.CrewFees, novemberProfit.Expenses, novemberProfit.Commission, novemberProfit.ExpensesWaiting, novemberProfit.Profit));
        Assert.Equal((795m, 100m, 200m, 45.60m, 0m, 0m, 449.40m), (octoberProfit.Invoiced, octoberProfit.Refunded, octoberProfit.CrewFees, octoberProfit.Expenses, octoberProfit.Commission, octoberProfit.ExpensesWaiting, octoberProfit.Profit));

        // Figures agree with the invoice pages: what stands issued on the two bookings.
        await using var db = Harness.Db();
        Assert.Equal(report.Total.Revenue, await db.Invoices.Standing().SumAsync(i => i.Total));
    }

    [Fact]
    public async Task Only_an_Admin_sees_the_P_and_L()
    {
        Harness.Actor.Current = Office;
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<ProfitAndLossQuery>().RunAsync(ReportPeriod.For(ReportPreset.ThisMonth, Harness.Today)));
        Assert.Equal("Only an Admin can see the business P&L.", refused.Message);
    }

    [Fact]
    public void A_period_reads_from_the_address_and_falls_back_to_this_month()
    {
        var today = new DateOnly(2026, 11, 21);
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), ReportPeriod.For(ReportPreset.LastMonth, today));
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), ReportPeriod.For(ReportPreset.ThisQuarter, today));
        Assert.Equal(ReportPreset.LastMonth, ReportPeriod.Parse("2026-10-01", "2026-10-31", today).PresetOn(today));
        Assert.Equal(ReportPreset.Custom, ReportPeriod.Parse("2026-10-02", "2026-10-31", today).PresetOn(today));
        Assert.Equal(ReportPeriod.For(ReportPreset.ThisMonth, today), ReportPeriod.Parse("2026-11-30", "2026-11-01", today));
        Assert.Equal(ReportPeriod.For(ReportPreset.ThisMonth, today), ReportPeriod.Parse("soon", null, today));
        Assert.Equal(ReportPeriod.For(ReportPreset.ThisMonth, today), ReportPeriod.Parse("2000-01-01", "2026-11-30", today));
        Assert.Equal(("November 2026", "2026-11"), (ReportPeriod.For(ReportPreset.ThisMonth, today).Describe(), ReportPeriod.For(ReportPreset.ThisMonth, today).FileNamePart()));
        Assert.Equal(["2026-10-15..2026-10-31", "2026-11-01..2026-11-10"], new ReportPeriod(new DateOnly(2026, 10, 15), new DateOnly(2026, 11, 10)).Months().Select(m => $"{m.FromText}..{m.ToText}"));
    }

    private async Task<int> BookingAsync(DateTime start, (int Id, string Login) person, decimal fee)
    {
        Harness.Actor.Current = Office;
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer, start));
        var assignments = Harness.Get<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person.Id, Role = "dancer", Fee = fee }, actorIsAdmin: false);
        await assignments.AcceptAsync(job, 0, person.Login);
        return booking;
    }

    private async Task<int> IssuedAsync(int booking, InvoiceKind kind)
    {
        var invoices = Harness.Get<InvoiceService>();
        var id = await invoices.CreateForBookingAsync(booking, kind);
        await invoices.IssueAsync(id, 0);
        return id;
    }

    private Task<RecordedPayment> PayAsync(int invoice, decimal amount) =>
        Harness.Get<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = invoice, Amount = amount, Method = PaymentMethod.Online, ReceivedOn = Harness.Today, Reference = "FPX 8812" });

    private async Task<ExpenseInput> ExpenseAsync(ExpenseKind kind, string category, DateOnly spentOn, decimal amount, int? booking, int? crewMemberId = null)
    {
        await using var db = Harness.Db();
        return new ExpenseInput
        {
            Kind = kind,
            CategoryId = await db.ExpenseCategories.Where(c => c.Kind == kind && c.Name == category).Select(c => c.Id).SingleAsync(),
            SpentOn = spentOn,
            Amount = amount,
            Description = category,
            BookingId = booking,
            CrewMemberId = kind == ExpenseKind.Crew ? crewMemberId ?? Aina.Id : null,
        };
    }
}
