using BookingOps.Domain.Billing;
using BookingOps.Domain.Dashboard;

namespace BookingOps.Tests.Domain.Billing;

public sealed class DashboardOwnerTests : BillingTest
{
    [Fact]
    public async Task The_owners_glance_follows_issued_invoices_and_payments_at_once()
    {
        var dashboard = Harness.Get<DashboardQuery>();
        var before = (await dashboard.GetAsync()).Owner;

        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var issued = (await dashboard.GetAsync()).Owner;
        await PayAsync(deposit.Id, 295m);
        var paid = (await dashboard.GetAsync()).Owner;

        Assert.Equal((0m, 0m, 0), (before.RevenueThisMonth, before.Receivables.Total, before.OpenInvoices));
        Assert.Equal((795m, 0m, 795m, 1), (issued.RevenueThisMonth, issued.RevenueLastMonth, issued.Receivables.Current, issued.OpenInvoices));
        Assert.Equal((795m, 500m, 0m, 0m), (paid.RevenueThisMonth, paid.Receivables.Total, paid.Receivables.Overdue, paid.PayoutsDue));
    }
}
