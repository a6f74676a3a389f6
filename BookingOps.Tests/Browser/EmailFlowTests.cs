using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Mail;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using netDumbster.smtp;

namespace BookingOps.Tests.Browser;

/// <summary>The office e-mails an issued invoice to its customer through an SMTP sink the test runs, and the outbox shows it sent.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class EmailFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private SimpleSmtpServer sink = default!;
    private int invoice;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        var port = SmtpSink.FreePort();
        sink = SimpleSmtpServer.Start(port);
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Orkid Sdn Bhd", email: "events@orkid.test"));
        var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(12, 19)));
        var invoices = services.GetRequiredService<InvoiceService>();
        invoice = await invoices.CreateForBookingAsync(booking, InvoiceKind.Deposit);
        await invoices.IssueAsync(invoice, 0);
        var admin = new TestActor { Current = new Actor("admin", BookingOpsApp.AdminEmail, IsAdmin: true) };
        await new MailSettingsService(services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>(), admin, services.GetRequiredService<IDataProtectionProvider>())
            .SaveAsync(new MailSettingsInput { Host = "127.0.0.1", Port = port, Security = MailSecurity.None, FromAddress = "billing@example.test" });
    }

    public Task DisposeAsync()
    {
        sink.Dispose();
        return Task.CompletedTask;
    }

    [BrowserFact]
    public async Task The_office_emails_an_invoice_and_the_outbox_shows_it_sent()
    {
        var office = await session.NewPageAsync();
        await office.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await office.GotoAsync($"/invoices/{invoice}");
        await office.WaitForInteractiveAsync();

        await office.ClickAsync("#email-invoice");
        await Assertions.Expect(office.Locator("#email-to")).ToHaveValueAsync("events@orkid.test");
        await office.ScreenshotAsync("email-invoice-form");
        await office.ClickAsync("#send-email");

        await Assertions.Expect(office.Locator(".mud-snackbar")).ToContainTextAsync("E-mailed to events@orkid.test.");
        Assert.Equal(1, sink.ReceivedEmailCount);
        await office.GotoAsync("/outbox");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator("#outbox tbody tr").First.Locator(".outbox-status")).ToContainTextAsync("Sent");
        await office.ScreenshotAsync("email-outbox");
    }
}
