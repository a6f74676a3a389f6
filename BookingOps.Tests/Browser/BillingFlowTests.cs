using System.Text.RegularExpressions;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>Getting paid for a booking: deposit, final invoice, payments, receipts, the print views and the PDF.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BillingFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private int booking;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var customer = await scope.ServiceProvider.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Seri Kembangan Weddings", phone: "03-8941 2200"));
        booking = await scope.ServiceProvider.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(20, 19)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_booking_is_invoiced_for_its_deposit_paid_once_despite_a_double_click_then_invoiced_in_full_and_paid()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        var watcher = await session.NewPageAsync();
        await watcher.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await watcher.GotoAsync($"/bookings/{booking}");
        await watcher.WaitForInteractiveAsync();
        await Assertions.Expect(watcher.Locator("#booking-payment-state")).ToContainTextAsync("Unpaid");

        // The deposit invoice: 30 % of 2,650.00, numbered when issued.
        await page.GotoAsync($"/bookings/{booking}");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#create-deposit-invoice");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/invoices/\d+$"));
        await Assertions.Expect(page.Locator("#invoice-number")).ToHaveTextAsync("Draft invoice");
        await Assertions.Expect(page.Locator("#invoice-total")).ToHaveTextAsync("795.00");
        await page.ClickAsync("#issue-invoice");
        await Assertions.Expect(page.Locator("#invoice-number")).ToHaveTextAsync(new Regex(@"^INV-\d{4}-\d{5}$"));
        var depositNumber = (await page.Locator("#invoice-number").TextContentAsync())!.Trim();
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Issued");

        // Too much is refused with the balance; then a double click records one payment.
        await page.FillAsync("#payment-amount input, input#payment-amount", "900");
        await page.ClickAsync("#record-payment");
        await Assertions.Expect(page.Locator("#payment-form")).ToContainTextAsync("The balance is 795.00");
        await page.FillAsync("#payment-amount input, input#payment-amount", "795");
        await page.FillAsync("#payment-reference", "FPX 20261121");
        await page.DblClickAsync("#record-payment");
        await Assertions.Expect(page.Locator("#receipt-number")).ToHaveTextAsync(new Regex(@"^RCPT-\d{4}-\d{5}$"));
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Paid");
        await Assertions.Expect(page.Locator("#payment-list li")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("40-deposit-paid");

        // Another user's open booking page follows without a reload.
        await Assertions.Expect(watcher.Locator("#booking-payment-state")).ToContainTextAsync("Deposit paid");
        await Assertions.Expect(watcher.Locator("#booking-paid")).ToHaveTextAsync("795.00");

        // The final invoice deducts the deposit invoice, by number.
        await page.ClickAsync("#invoice-booking");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#create-final-invoice");
        await Assertions.Expect(page.Locator("#invoice-lines")).ToContainTextAsync($"Less {depositNumber}");
        await Assertions.Expect(page.Locator("#invoice-total")).ToHaveTextAsync("1,855.00");
        await page.ClickAsync("#issue-invoice");
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Issued");
        var finalUrl = page.Url;
        await page.ClickAsync("#record-payment");
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Paid");
        await Assertions.Expect(page.Locator("#invoice-balance")).ToHaveTextAsync("0.00");
        await Assertions.Expect(watcher.Locator("#booking-payment-state")).ToContainTextAsync("Paid");
        await Assertions.Expect(watcher.Locator("#booking-outstanding")).ToHaveTextAsync("0.00");
        await watcher.ScreenshotAsync("41-booking-paid");

        // The PDF downloads with the invoice's number and its totals.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#invoice-pdf"));
        Assert.Matches(@"^INV-\d{4}-\d{5}\.pdf$", download.SuggestedFilename);
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var text = BookingOps.Tests.Documents.Poppler.Text(pdf);
        Assert.Contains("FINAL INVOICE", text, StringComparison.Ordinal);
        Assert.Matches(@"Total \(MYR\)\s+1,855\.00", text);
        Assert.Matches(@"Balance due\s+0\.00", text);

        // The print views, A4 and slip, carry the same numbers.
        await page.GotoAsync(finalUrl + "/print");
        await Assertions.Expect(page.Locator("#invoice-sheet")).ToContainTextAsync("Final invoice");
        await Assertions.Expect(page.Locator("#invoice-sheet")).ToContainTextAsync($"Less {depositNumber}");
        await Assertions.Expect(page.Locator("#sheet-total")).ToHaveTextAsync("1,855.00");
        await Assertions.Expect(page.Locator("#sheet-balance")).ToHaveTextAsync("0.00");
        await page.ScreenshotAsync("42-invoice-print-a4");
        await page.ClickAsync("#switch-format");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("format=thermal$"));
        var slipWidth = await page.Locator("#invoice-sheet").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        Assert.InRange(slipWidth, 290, 310);
        await page.ScreenshotAsync("43-invoice-print-slip");
    }

    [BrowserFact]
    public async Task A_standard_invoice_is_made_for_a_customer_refused_without_lines_and_a_refund_is_requested_and_processed()
    {
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Taman Tun Dance Studio", phone: "03-7728 1100"));
        }

        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/invoices/new");
        await page.WaitForInteractiveAsync();
        await page.PickAsync("invoice-customer", "taman tun", "Taman Tun Dance Studio");
        await page.ClickAsync("[aria-label='Remove line']");
        await page.ClickAsync("#save-invoice");
        await Assertions.Expect(page.Locator("#invoice-form")).ToContainTextAsync("An invoice needs at least one line.");

        await page.ClickAsync("#add-line");
        await page.FillAsync(".line-description input, input.line-description", "Extra hour of dancing");
        await page.FillAsync(".line-price input, input.line-price", "400");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#invoice-total")).ToHaveTextAsync("MYR 424.00");
        await page.ClickAsync("#save-invoice");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/invoices/\d+$"));
        await page.ClickAsync("#issue-invoice");
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Issued");

        // Paid in two parts; the second form is a fresh one that still shows what the domain refuses.
        await page.FillAsync("#payment-amount input, input#payment-amount", "100");
        await page.ClickAsync("#record-payment");
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Partially paid");
        await page.ClickAsync("#another-payment");
        await Assertions.Expect(page.Locator("#payment-amount input, input#payment-amount")).ToHaveValueAsync("324.00");
        await page.FillAsync("#payment-amount input, input#payment-amount", "400");
        await page.ClickAsync("#record-payment");
        await Assertions.Expect(page.Locator("#payment-form")).ToContainTextAsync("The balance is 324.00");
        await page.FillAsync("#payment-amount input, input#payment-amount", "324");
        await page.ClickAsync("#record-payment");
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Paid");
        await Assertions.Expect(page.Locator("#payment-list li")).ToHaveCountAsync(2);

        // Money goes back: requested within what was paid, approved and paid back by the Admin.
        await page.FillAsync("#refund-amount input, input#refund-amount", "500");
        await page.FillAsync("#refund-reason", "Dancer fell ill, hour not performed");
        await page.ClickAsync("#request-refund");
        await Assertions.Expect(page.Locator("#refund-form")).ToContainTextAsync("At most 424.00 can be refunded");
        await page.FillAsync("#refund-amount input, input#refund-amount", "100");
        await page.ClickAsync("#request-refund");
        await Assertions.Expect(page.Locator("#refund-list li")).ToHaveCountAsync(1);
        await page.FillAsync("#refund-amount input, input#refund-amount", "400");
        await page.FillAsync("#refund-reason", "And the second hour");
        await page.ClickAsync("#request-refund");
        await Assertions.Expect(page.Locator("#refund-form")).ToContainTextAsync("At most 324.00 can be refunded");
        await page.ClickAsync(".approve-refund");
        await page.ClickAsync(".process-refund");
        await Assertions.Expect(page.Locator("#refund-list .refund-status")).ToHaveTextAsync("Processed");
        await Assertions.Expect(page.Locator("#invoice-status")).ToContainTextAsync("Closed");
        await page.ScreenshotAsync("44-refund-processed");
    }
}
