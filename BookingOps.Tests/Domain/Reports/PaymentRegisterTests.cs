using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Today is Sat 21 Nov 2026. Aminah Weddings' deposit (795.00) is paid 300.00 in cash and 200.00 online; Ahmad
/// Catering's deposit (795.00) is paid 300.00 online dated back to 2 Nov; on Tue 1 Dec Aminah pays 100.00 in cash.
/// </summary>
public sealed class PaymentRegisterTests : BillingTest
{
    private static readonly ReportPeriod November = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private int ahmad;
    private readonly List<RecordedPayment> payments = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ahmad = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Ahmad Catering", phone: "019-222 3344"));
        var aminahs = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var ahmads = await IssueAsync(await Harness.Get<InvoiceService>().CreateForBookingAsync(
            await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(ahmad)), InvoiceKind.Deposit));

        payments.Add(await PayAsync(aminahs.Id, 300m, method: PaymentMethod.Cash));
        payments.Add(await PayAsync(aminahs.Id, 200m));
        payments.Add(await PayOnAsync(ahmads.Id, 300m, new DateOnly(2026, 11, 2)));
        Harness.Clock.Advance(TimeSpan.FromDays(10));
        payments.Add(await PayAsync(aminahs.Id, 100m, method: PaymentMethod.Cash));
    }

    [Fact]
    public async Task The_register_lists_the_range_s_payments_by_day_and_narrows_to_a_customer_and_a_method()
    {
        var register = Harness.Get<PaymentRegister>();
        var all = await register.ViewAsync(new ReportFilter(November), sort: null, new PageRequest());
        var aminahs = await register.ViewAsync(new ReportFilter(November, CustomerId: Customer), sort: null, new PageRequest());
        var online = await register.ViewAsync(new ReportFilter(November, Method: PaymentMethod.Online), sort: null, new PageRequest());
        var aminahsOnline = await register.PageAsync(new ReportFilter(November, CustomerId: Customer, Method: PaymentMethod.Online), sort: null, new PageRequest());

        Assert.Equal(
            [
                (payments[2].ReceiptNumber, new DateOnly(2026, 11, 2), "Ahmad Catering", "Online transfer", 300m),
                (payments[0].ReceiptNumber, new DateOnly(2026, 11, 21), "Aminah Weddings", "Cash", 300m),
                (payments[1].ReceiptNumber, new DateOnly(2026, 11, 21), "Aminah Weddings", "Online transfer", 200m),
            ],
            all.Rows.Select(r => ((string)r.Cells[0]!, (DateOnly)r.Cells[1]!, (string)r.Cells[3]!, (string)r.Cells[4]!, (decimal)r.Cells[6]!)));
        Assert.Equal(800m, all.Totals!.Cells[6]);
        Assert.Equal($"payments/{payments[2].PaymentId}/receipt", all.Rows[0].Link);
        Assert.Equal((2, 500m), (aminahs.TotalCount, (decimal)aminahs.Totals!.Cells[6]!));
        Assert.Equal((2, 500m), (online.TotalCount, (decimal)online.Totals!.Cells[6]!));
        Assert.Equal([200m], aminahsOnline.Items.Select(p => p.Amount));
    }

    [Fact]
    public async Task A_sorted_page_breaks_its_ties_in_the_report_s_own_order_so_no_row_is_shown_twice()
    {
        var byAmount = Harness.Get<PaymentRegister>();
        var pages = new List<PaymentRegisterRow>();
        for (var skip = 0; skip < 3; skip++)
        {
            pages.AddRange((await byAmount.PageAsync(new ReportFilter(November), ReportSort.Parse("-amount"), new PageRequest(skip, 1))).Items);
        }

        // Both customers were invoiced 795.00 and are grouped in the order they were added (Aminah, then Ahmad):
        // equal on the sorted column, they fall back on the report's own order, most pending first: Ahmad.
        var byInvoiced = await Harness.Get<CustomerPaymentHistory>().PageAsync(new ReportFilter(November), ReportSort.Parse("invoiced"), new PageRequest());

        Assert.Equal([payments[2].PaymentId, payments[0].PaymentId, payments[1].PaymentId], pages.Select(p => p.Id));
        Assert.Equal(["Ahmad Catering", "Aminah Weddings"], byInvoiced.Items.Select(r => r.Customer));
    }

    [Fact]
    public async Task The_filters_used_head_the_exports_in_words()
    {
        var facts = await Harness.Get<PaymentRegister>().DescribeAsync(new ReportFilter(November, CustomerId: ahmad, Method: PaymentMethod.Cdm));
        var unfiltered = await Harness.Get<PaymentRegister>().DescribeAsync(new ReportFilter(November));
        var binHistory = await Harness.Get<BinMovementHistory>().DescribeAsync(new ReportFilter(November));

        Assert.Equal(["Customer: Ahmad Catering", "Method: Cash deposit machine (CDM)"], facts.Where(f => f[0] is "Customer" or "Method").Select(f => $"{f[0]}: {f[1]}"));
        Assert.Equal(["All customers", "All methods"], unfiltered.Where(f => f[0] is "Customer" or "Method").Select(f => f[1]));
        Assert.Contains(facts, f => f[0] == "Amounts in");
        Assert.DoesNotContain(binHistory, f => f[0] == "Amounts in");
    }

    private Task<RecordedPayment> PayOnAsync(int invoiceId, decimal amount, DateOnly receivedOn) =>
        Harness.Get<PaymentService>().RecordAsync(new PaymentInput
        {
            InvoiceId = invoiceId,
            Amount = amount,
            Method = PaymentMethod.Online,
            ReceivedOn = receivedOn,
            IdempotencyKey = Guid.NewGuid().ToString("N"),
        });
}
