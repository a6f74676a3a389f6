using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>A payment recorded in one window rings the bell in another, and the notification opens its invoice.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class NotificationFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private int invoice;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Kedai Bunga Mawar", phone: "017-808 1234"));
        var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(12, 19)));
        var invoices = services.GetRequiredService<InvoiceService>();
        invoice = await invoices.CreateForBookingAsync(booking, InvoiceKind.Deposit);
        await invoices.IssueAsync(invoice, 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_payment_recorded_in_one_window_rings_the_bell_in_another_within_a_second()
    {
        var watcher = await session.NewPageAsync();
        await watcher.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await ReadAllAsync(watcher);
        await watcher.GotoAsync("/customers");
        await watcher.WaitForInteractiveAsync();

        var cashier = await session.NewPageAsync();
        await cashier.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await cashier.GotoAsync($"/invoices/{invoice}");
        await cashier.WaitForInteractiveAsync();
        await cashier.FillAsync("#payment-amount input, input#payment-amount", "100");
        await cashier.ClickAsync("#record-payment");
        await Assertions.Expect(cashier.Locator("#payment-list li")).ToHaveCountAsync(1);

        await Assertions.Expect(watcher.Locator("#notification-count")).ToHaveTextAsync("1", new() { Timeout = 1_000 });
        await watcher.ClickAsync("#notification-button");
        var notice = watcher.Locator(".notification.unread", new() { HasText = "received from Kedai Bunga Mawar" });
        await Assertions.Expect(notice).ToContainTextAsync("MYR 100.00");
        await watcher.ScreenshotAsync("110-notification-bell");

        await notice.ClickAsync();
        await Assertions.Expect(watcher).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/invoices/{invoice}$"));
        await Assertions.Expect(watcher.Locator("#notification-count")).ToHaveTextAsync("0");
    }

    /// <summary>Starts from an empty bell, whatever earlier tests of the shared app raised.</summary>
    private static async Task ReadAllAsync(IPage page)
    {
        await page.GotoAsync("/notifications");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#page-read-all");
        await Assertions.Expect(page.Locator("#notification-count")).ToHaveTextAsync("0");
    }
}
