using AngleSharp.Html.Parser;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BookingOps.Tests.Http;

/// <summary>The invoice page as the office opens it, with the app's clock moved on past a due date.</summary>
public sealed class InvoicePageTests : IAsyncDisposable
{
    private readonly FakeTimeProvider clock = TestTime.Frozen();
    private readonly BookingOpsApp app;

    public InvoicePageTests() => app = new BookingOpsApp(clock: clock);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_deposit_invoice_issued_after_its_due_date_says_it_is_due_on_the_issue_date()
    {
        await app.CompleteSetupAsync();
        int invoice;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid());
            var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer));
            invoice = await services.GetRequiredService<InvoiceService>().CreateForBookingAsync(booking, InvoiceKind.Deposit);
        }

        // The deposit was due on 30 Nov; the office gets to it on 3 Dec.
        clock.SetUtcNow(TestTime.Instant(TestTime.At(12, 9)));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await app.CreateUserAsync("siti@example.test", Roles.Staff);
        Assert.True(HtmlForms.IsRedirectTo(await HtmlForms.SignInAsync(client, "siti@example.test", BookingOpsApp.Password), "/"));
        Assert.Equal("30 Nov 2026 (passed: it will be due on the day it is issued)", await DueShownAsync(client, invoice));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<InvoiceService>().IssueAsync(invoice, 0);
        }

        Assert.Equal("3 Dec 2026 (the issue date: 30 Nov 2026 had passed when it was issued)", await DueShownAsync(client, invoice));
    }

    private static async Task<string> DueShownAsync(HttpClient client, int invoice)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/invoices/{invoice}"));
        return page.QuerySelector("#invoice-due")?.TextContent.Trim() ?? throw new InvalidOperationException("The page shows no due date.");
    }
}
