using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Everything is issued on Saturday 21 Nov 2026.
/// Aminah Weddings (the Putrajaya booking): the deposit, 795.00 due 30 Nov, part paid 300.00; the final (1,855.00)
/// voided. Pembinaan Jaya: two delivery orders' invoices, 371.00 each due 5 Dec, one order in "Klang" and one typed
/// "klang". Tan Events, free lines without an area: 100.00 due 21 Nov, 200.00 due 25 Nov, 300.00 due 2 Dec,
/// 400.00 due 3 Dec, 50.00 due 25 Nov and paid, 999.00 due 25 Nov voided, and 80.00 due 25 Nov part paid (30.00)
/// and then closed by a refund of 10.00, so it owes nothing more.
/// </summary>
public sealed class CustomerReceivablesReportTests : BillingTest
{
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private int pembinaan;
    private int tan;
    private int deposit;
    private readonly Dictionary<decimal, int> tanInvoices = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var customers = Harness.Get<CustomerService>();
        pembinaan = await customers.CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd", phone: "03-5511 2233"));
        tan = await customers.CreateAsync(CustomerInputs.Valid());

        deposit = (await IssueAsync(await DraftAsync(InvoiceKind.Deposit))).Id;
        await PayAsync(deposit, 300m);
        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await AsAdminAsync(() => Harness.Get<InvoiceService>().VoidAsync(final.Id, final.Version, "Issued before the show was moved"));

        await DeliveryOrderInvoiceAsync("Klang");
        await DeliveryOrderInvoiceAsync("klang");

        foreach (var (amount, dueIn) in new[] { (100m, 0), (200m, 4), (300m, 11), (400m, 12), (50m, 4), (999m, 4), (80m, 4) })
        {
            tanInvoices[amount] = await FreeInvoiceAsync(amount, Today.AddDays(dueIn));
        }

        await PayAsync(tanInvoices[50m], 50m);
        var mistaken = await FindAsync(tanInvoices[999m]);
        await AsAdminAsync(() => Harness.Get<InvoiceService>().VoidAsync(mistaken.Id, mistaken.Version, "Typed the wrong amount"));
        await PayAsync(tanInvoices[80m], 30m);
        var refunds = Harness.Get<RefundService>();
        var refund = await refunds.RequestAsync(new RefundInput { InvoiceId = tanInvoices[80m], Amount = 10m, Reason = "One helper short" });
        await AsAdminAsync(async () =>
        {
            await refunds.ApproveAsync(refund, 0);
            await refunds.ProcessAsync(refund, 1, PaymentMethod.Online, "IBG 5521");
        });
    }

    [Fact]
    public async Task A_customer_row_counts_standing_invoices_and_pending_only_on_those_still_owing_most_pending_first()
    {
        var report = Harness.Get<CustomerPaymentHistory>();
        var page = await report.PageAsync(new ReportFilter(November), sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(new ReportFilter(November));

        // Tan: 100 + 200 + 300 + 400 + 50 + 80 (void left out), 50 + 30 paid, 1,000 pending (the closed 80 owes nothing);
        // Aminah: the deposit alone (the final is void).
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(
            [
                ("Tan Events Sdn Bhd", "+60 12-345 6789", 6, 1_130m, 80m, 1_000m),
                ("Pembinaan Jaya Sdn Bhd", "03-5511 2233", 2, 742m, 0m, 742m),
                ("Aminah Weddings", "012-345 6789", 1, 795m, 300m, 495m),
            ],
            page.Items.Select(Figures));
        Assert.Equal(("Total", null, 9, 2_667m, 380m, 2_237m), Figures(totals!));
        Assert.Equal($"customers/{tan}", (await report.ViewAsync(new ReportFilter(November), null, new PageRequest())).Rows[0].Link);
    }

    [Fact]
    public async Task Customers_sort_by_name_or_money_in_the_database_and_page_and_another_month_is_empty()
    {
        var report = Harness.Get<CustomerPaymentHistory>();
        var filter = new ReportFilter(November);

        var byName = await report.PageAsync(filter, ReportSort.Parse("customer"), new PageRequest(Take: 2));
        var leastInvoiced = await report.PageAsync(filter, ReportSort.Parse("invoiced"), new PageRequest(Take: 1));
        var mostPaid = await report.PageAsync(filter, ReportSort.Parse("-paid"), new PageRequest(Skip: 1, Take: 5));
        var december = new ReportFilter(new ReportPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)));
        var none = await report.PageAsync(december, null, new PageRequest());
        var noneTotals = await report.TypedTotalsAsync(december);

        Assert.Equal(3, byName.TotalCount);
        Assert.Equal(["Aminah Weddings", "Pembinaan Jaya Sdn Bhd"], byName.Items.Select(r => r.Customer));
        Assert.Equal(pembinaan, leastInvoiced.Items.Single().CustomerId);
        Assert.Equal([tan, pembinaan], mostPaid.Items.Select(r => r.CustomerId));
        Assert.Equal((0, 0, 0m, 0m), (none.TotalCount, noneTotals!.Invoices, noneTotals.Invoiced, noneTotals.Pending));
    }

    [Fact]
    public async Task Sales_by_area_follow_the_booking_or_the_delivery_order_whatever_the_case_with_no_area_apart()
    {
        var report = Harness.Get<SalesByArea>();
        var filter = new ReportFilter(November);
        var areas = await report.PageAsync(filter, sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(filter);
        var chart = await report.ChartAsync(filter);
        var byName = await report.PageAsync(filter, ReportSort.Parse("area"), new PageRequest());

        // The voided final was the Putrajaya booking's too; "Klang" and "klang" are one area.
        Assert.Equal(
            [new("No area", 6, 1_130m, 80m, 1_000m), new("Putrajaya", 1, 795m, 300m, 495m), new AreaSalesRow("Klang", 2, 742m, 0m, 742m)],
            areas.Items);
        Assert.Equal(new AreaSalesRow("Total", 9, 2_667m, 380m, 2_237m), totals);
        Assert.Equal(["No area", "Putrajaya", "Klang"], chart!.Labels);
        Assert.Equal([1_130d, 795d, 742d], chart.Series.Single().Values);
        Assert.Equal(["Klang", "No area", "Putrajaya"], byName.Items.Select(a => a.Area));
    }

    /// <summary>On Wednesday 25 Nov: due 21 Nov is 4 days over, 25 Nov is due today, 2 Dec in 7 days (in), 3 Dec in 8 (out).</summary>
    [Fact]
    public async Task Pending_alerts_list_owing_invoices_overdue_or_due_within_seven_days_most_overdue_first()
    {
        Harness.Clock.Advance(TimeSpan.FromDays(4));
        var report = Harness.Get<PendingPaymentAlerts>();
        var filter = ReportFilter.Parse(new Dictionary<string, string?>(), Harness.Today);

        var alerts = await report.PageAsync(filter, sort: null, new PageRequest());
        var totals = await report.TypedTotalsAsync(filter);
        var view = await report.ViewAsync(filter, null, new PageRequest());

        Assert.Equal(4, alerts.TotalCount);
        Assert.Equal(
            [
                (tanInvoices[100m], "Tan Events Sdn Bhd", new DateOnly(2026, 11, 21), 4, 100m),
                (tanInvoices[200m], "Tan Events Sdn Bhd", new DateOnly(2026, 11, 25), 0, 200m),
                (deposit, "Aminah Weddings", new DateOnly(2026, 11, 30), -5, 495m),
                (tanInvoices[300m], "Tan Events Sdn Bhd", new DateOnly(2026, 12, 2), -7, 300m),
            ],
            alerts.Items.Select(a => (a.InvoiceId, a.Customer, a.Due!.Value, a.DaysOverdue!.Value, a.Balance)));
        Assert.Equal((await FindAsync(deposit)).Number, alerts.Items[2].Invoice);
        Assert.Equal(1_095m, totals!.Balance);
        Assert.Equal($"invoices/{tanInvoices[100m]}", view.Rows[0].Link);
        Assert.Equal(4, view.TotalCount);
        Assert.Equal(new object?[] { "Total", null, null, null, null, 1_095m }, view.Totals!.Cells);
    }

    [Fact]
    public async Task Pending_alerts_sort_by_balance_in_the_database()
    {
        Harness.Clock.Advance(TimeSpan.FromDays(4));
        var report = Harness.Get<PendingPaymentAlerts>();
        var filter = ReportFilter.Parse(new Dictionary<string, string?>(), Harness.Today);

        var largest = await report.PageAsync(filter, ReportSort.Parse("-balance"), new PageRequest(Take: 2));
        var tans = await report.ViewAsync(filter with { CustomerId = tan }, ReportSort.Parse("-balance"), new PageRequest());

        Assert.Equal([495m, 300m], largest.Items.Select(a => a.Balance));
        Assert.Equal((3, 600m), (tans.TotalCount, (decimal)tans.Totals!.Cells[^1]!));
    }

    private async Task DeliveryOrderInvoiceAsync(string area)
    {
        var orders = Harness.Get<DeliveryOrderService>();
        var order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = pembinaan,
            ScheduledOn = Today,
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            Area = area,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);
        await using var db = Harness.Db();
        var version = await db.DeliveryOrders.Where(o => o.Id == order).Select(o => o.Version).SingleAsync();
        await IssueAsync(await Harness.Get<InvoiceService>().CreateForDeliveryOrderAsync(order, version));
    }

    private async Task<int> FreeInvoiceAsync(decimal amount, DateOnly due)
    {
        var id = await Harness.Get<InvoiceService>().CreateAsync(new InvoiceInput
        {
            CustomerId = tan,
            Lines = [new PriceLineInput { Description = "Event helpers", Quantity = 1, UnitPrice = amount }],
            DueDate = due,
        });
        return (await IssueAsync(id)).Id;
    }

    private static (string, string?, int, decimal, decimal, decimal) Figures(CustomerPaymentsRow row) =>
        (row.Customer, row.Phone, row.Invoices, row.Invoiced, row.Paid, row.Pending);
}
