using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// Two customers each owe on a deposit invoice of 795.00 due the same day: Aminah has paid 295.00 of hers,
/// Zainal nothing. A draft and a voided invoice owe nothing.
/// </summary>
public sealed class ReceivablesAgingTests : DomainTest
{
    private DateOnly due;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customers = Harness.Get<CustomerService>();
        var aminah = await DepositAsync(await customers.CreateAsync(CustomerInputs.Valid(name: "Aminah Weddings", phone: "012-345 6789")));
        var zainal = await DepositAsync(await customers.CreateAsync(CustomerInputs.Valid(name: "Zainal Events", phone: "013-222 1111")));
        await Harness.Get<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = aminah, Amount = 295m, ReceivedOn = Harness.Today });

        var invoices = Harness.Get<InvoiceService>();
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(await customers.CreateAsync(CustomerInputs.Valid(name: "Draft Only", phone: "014-000 0000"))));
        await invoices.CreateForBookingAsync(booking, InvoiceKind.Deposit);
        var voided = await DepositAsync(await customers.CreateAsync(CustomerInputs.Valid(name: "Voided Sdn Bhd", phone: "015-000 0000")));
        Harness.Actor.Current = new Actor("admin-1", "admin@example.test", IsAdmin: true);
        await invoices.VoidAsync(voided, 1, "Issued by mistake");
        due = (await Harness.Get<InvoiceDirectory>().FindAsync(zainal))!.DueDate!.Value;
    }

    [Theory]
    [InlineData(0, AgingBucket.Current)]
    [InlineData(1, AgingBucket.Days1To30)]
    [InlineData(30, AgingBucket.Days1To30)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(60, AgingBucket.Days31To60)]
    [InlineData(61, AgingBucket.Days61To90)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Over90)]
    public async Task Each_balance_falls_in_the_bucket_of_its_days_past_due(int daysPastDue, AgingBucket expected)
    {
        var report = await Harness.Get<ReceivablesAging>().RunAsync(due.AddDays(daysPastDue), AgingOrder.MostOwed, new PageRequest());

        Assert.Equal(2, report.InvoiceCount);
        Assert.All(Enum.GetValues<AgingBucket>(), bucket => Assert.Equal(bucket == expected ? 1_295m : 0m, report.Totals[bucket]));
        Assert.Equal(
            [("Zainal Events", 795m, 1), ("Aminah Weddings", 500m, 1)],
            report.Customers.Items.Select(c => (c.Name, c.Amounts[expected], c.Invoices)));
        Assert.Equal((2, due), (report.Customers.TotalCount, report.Customers.Items[0].OldestDue));
    }

    [Fact]
    public async Task Customers_page_by_name_and_an_invoice_issued_after_the_day_is_not_yet_owed()
    {
        var aging = Harness.Get<ReceivablesAging>();

        var byName = await aging.RunAsync(due, AgingOrder.Name, new PageRequest(Skip: 1, Take: 1));
        var beforeIssue = await aging.RunAsync(Harness.Today.AddDays(-1), AgingOrder.Name, new PageRequest());

        Assert.Equal((2, "Zainal Events"), (byName.Customers.TotalCount, byName.Customers.Items.Single().Name));
        Assert.Equal((0, 0m), (beforeIssue.InvoiceCount, beforeIssue.Totals.Total));
    }

    private async Task<int> DepositAsync(int customer)
    {
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer));
        var invoices = Harness.Get<InvoiceService>();
        var id = await invoices.CreateForBookingAsync(booking, InvoiceKind.Deposit);
        await invoices.IssueAsync(id, 0);
        return id;
    }
}
