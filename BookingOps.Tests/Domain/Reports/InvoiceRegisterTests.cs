using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Domain.Billing;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// The deposit (795.00) is issued on Saturday 21 Nov and 300.00 of it paid; on Monday a final (1,855.00) is
/// issued and voided, another issued, and another booking's deposit drafted but not issued.
/// </summary>
public sealed class InvoiceRegisterTests : BillingTest
{
    private static readonly ReportFilter November = new(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

    [Fact]
    public async Task The_register_lists_issued_and_voided_invoices_and_totals_them_net_of_voids()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        await PayAsync(deposit.Id, 300m);
        Harness.Clock.Advance(TimeSpan.FromDays(2));
        var mistaken = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await AsAdminAsync(() => Harness.Get<InvoiceService>().VoidAsync(mistaken.Id, mistaken.Version, "Issued with the wrong lines"));
        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        await Harness.Get<InvoiceService>().CreateForBookingAsync(await Harness.Get<BookingOps.Domain.Bookings.BookingService>().CreateAsync(BookingOps.Tests.Infrastructure.BookingInputs.Valid(Customer)), InvoiceKind.Deposit);

        var register = Harness.Get<InvoiceRegister>();
        var rows = await register.PageAsync(November, sort: null, new PageRequest());
        var byBalance = await register.PageAsync(November, ReportSort.Parse("-balance"), new PageRequest(Take: 1));
        var view = await register.ViewAsync(November, sort: null, new PageRequest());

        Assert.Equal(
            [
                (deposit.Number, new DateOnly(2026, 11, 21), InvoiceStatus.PartiallyPaid, 795m, 300m, 495m),
                (mistaken.Number, new DateOnly(2026, 11, 23), InvoiceStatus.Voided, 1_855m, 0m, 0m),
                (final.Number, new DateOnly(2026, 11, 23), InvoiceStatus.Issued, 1_855m, 0m, 1_855m),
            ],
            rows.Items.Select(r => ((string?)r.Number, r.IssuedOn, r.Status, r.Total, r.Paid, r.Balance)));
        Assert.Equal(3, rows.TotalCount);
        Assert.Equal((3, 0), (await register.CountAsync(November with { CustomerId = Customer }), await register.CountAsync(November with { CustomerId = Customer + 1 })));
        Assert.Equal(final.Number, byBalance.Items.Single().Number);
        Assert.Equal(["Total", null, null, null, null, null, 2_650m, 300m, 2_350m], view.Totals!.Cells);
        Assert.Equal(($"invoices/{deposit.Id}", "Aminah Weddings", "Partially paid"), (view.Rows[0].Link, view.Rows[0].Cells[2], view.Rows[0].Cells[4]));
    }
}
