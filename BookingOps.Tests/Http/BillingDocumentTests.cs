using System.Net;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Settings;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Http;

/// <summary>The invoice and receipt files: office staff get them; crew and strangers do not.</summary>
public sealed class BillingDocumentTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly BookingOpsApp app = new();
    private int invoice;
    private int payment;

    public async Task InitializeAsync()
    {
        await app.CompleteSetupAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(30, 19)));
        invoice = await services.GetRequiredService<InvoiceService>().CreateForBookingAsync(booking, InvoiceKind.Deposit);
        await services.GetRequiredService<InvoiceService>().IssueAsync(invoice, 0);
        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        payment = (await services.GetRequiredService<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = invoice, Amount = 100m, ReceivedOn = today })).PaymentId;
    }

    // The app is disposed once, through IAsyncDisposable, like the other HTTP test classes.
    public Task DisposeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => app.DisposeAsync();

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var email = $"{role.ToLowerInvariant()}@example.test";
        await app.CreateUserAsync(email, role);
        Assert.True(HtmlForms.IsRedirectTo(await HtmlForms.SignInAsync(client, email, BookingOpsApp.Password), "/"));
        return client;
    }

    [Fact]
    public async Task Staff_download_the_invoice_and_receipt_as_pdf_on_either_paper()
    {
        var client = await SignedInAsync(Roles.Staff);

        var a4 = await client.GetAsync($"/invoices/{invoice}/invoice.pdf");
        var slip = await client.GetAsync($"/invoices/{invoice}/invoice.pdf?format=thermal");
        var receipt = await client.GetAsync($"/payments/{payment}/receipt.pdf?format=thermal");

        foreach (var response in new[] { a4, slip, receipt })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync())[..8], StringComparison.Ordinal);
        }

        Assert.Matches(@"^INV-\d{4}-00001\.pdf$", a4.Content.Headers.ContentDisposition?.FileName);
        Assert.Matches(@"^INV-\d{4}-00001-slip\.pdf$", slip.Content.Headers.ContentDisposition?.FileName);
        Assert.Matches(@"^RCPT-\d{4}-00001-slip\.pdf$", receipt.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("Official receipt", await client.GetStringAsync($"/payments/{payment}/receipt"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/invoices/999999/invoice.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/payments/999999/receipt.pdf")).StatusCode);
    }

    [Theory]
    [InlineData("/invoices/{0}/invoice.pdf")]
    [InlineData("/invoices/{0}/print")]
    [InlineData("/payments/{1}/receipt.pdf")]
    [InlineData("/payments/{1}/receipt")]
    [InlineData("/business/logo")]
    public async Task Crew_and_anonymous_visitors_get_no_billing_documents(string pattern)
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, invoice, payment);
        var crew = await SignedInAsync(Roles.Crew);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var asCrew = await crew.GetAsync(path);
        var asStranger = await anonymous.GetAsync(path);

        Assert.True(HtmlForms.IsRedirectTo(asCrew, "/account/access-denied") || asCrew.StatusCode == HttpStatusCode.Forbidden, $"crew got {(int)asCrew.StatusCode}");
        Assert.True(HtmlForms.IsRedirectTo(asStranger, "/account/login"), $"anonymous got {(int)asStranger.StatusCode}");
    }
}
