using System.Text.RegularExpressions;
using BookingOps.Domain.Customers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>A new owner's first session, from an empty install to a customer found by phone.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class FirstRunAndCustomerFlowTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const string Password = "owner pass phrase 2026";

    [BrowserFact]
    public async Task Setup_then_sign_in_create_a_customer_find_it_by_phone_and_refuse_a_bad_edit()
    {
        var page = await session.NewPageAsync();

        // A fresh install sends the owner to setup.
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.FillAsync("#business-name", "Gemilang Dance Troupe");
        await page.FillAsync("#registration", "202401009999");
        await page.FillAsync("#tax-rate", "6");
        await page.FillAsync("#admin-name", "Nurul Gemilang");
        await page.FillAsync("#admin-email", "nurul@gemilang.my");
        await page.FillAsync("#admin-password", Password);
        await page.FillAsync("#confirm-password", "not the same");
        await page.ClickAsync("#complete-setup");
        await Assertions.Expect(page.Locator(".validation-message")).ToContainTextAsync("The two passwords differ.");
        await page.ScreenshotAsync("01-setup-validation");

        await page.FillAsync("#admin-password", Password);
        await page.FillAsync("#confirm-password", Password);
        await page.ClickAsync("#complete-setup");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gemilang Dance Troupe");
        await page.ScreenshotAsync("02-home-after-setup");

        // Sign out and back in.
        await page.SignOutAsync();
        await page.FillAsync("#email", "nurul@gemilang.my");
        await page.FillAsync("#password", "wrong password");
        await page.ClickAsync("#sign-in");
        await Assertions.Expect(page.Locator("#sign-in-error")).ToContainTextAsync("do not match");
        await page.SignInAsync("nurul@gemilang.my", Password);

        // Create a customer.
        await page.ClickAsync("text=Customers");
        await page.ClickAsync("#new-customer");
        await page.FillAsync("#customer-name", "Seri Kenanga Hotel");
        await page.FillAsync("#customer-contact", "Encik Hafiz");
        await page.FillAsync("#customer-phone", "+60 3-2141 8000");
        await page.FillAsync("#customer-email", "events@serikenanga.my");
        await page.ClickAsync("#save-customer");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/customers/\d+$"));
        await Assertions.Expect(page.Locator("#customer-phone-value")).ToHaveTextAsync("+60 3-2141 8000");
        var detailUrl = page.Url;

        // Find it by phone, typed the way a caller reads it out.
        await page.GotoAsync("/customers");
        await page.WaitForInteractiveAsync();
        await page.Locator("#customer-search").PressSequentiallyAsync("603 2141");
        await Assertions.Expect(page.Locator("#customer-grid tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#customer-grid tbody")).ToContainTextAsync("Seri Kenanga Hotel");
        await page.ScreenshotAsync("03-customer-found-by-phone");

        // An edit with an invalid email shows the message beside the field and saves nothing.
        await page.ClickAsync("text=Seri Kenanga Hotel");
        await page.ClickAsync("#edit-customer");
        await page.FillAsync("#customer-email", "events-at-serikenanga");
        await page.ClickAsync("#save-customer");
        var message = page.FieldMessage("customer-email");
        await Assertions.Expect(message).ToHaveTextAsync("Enter a valid email address.");
        await page.ScreenshotAsync("04-invalid-email");
        await Assertions.Expect(page.Locator("#customer-email")).ToHaveValueAsync("events-at-serikenanga");

        await page.GotoAsync(detailUrl);
        await Assertions.Expect(page.Locator("#customer-email-value")).ToHaveTextAsync("events@serikenanga.my");
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<CustomerDirectory>().ListAsync(new CustomerListQuery("kenanga", false, new()));
            Assert.Equal("events@serikenanga.my", Assert.Single(saved.Items).Email);
        }

        await page.WaitForInteractiveAsync();
        await page.SignOutAsync();
        await page.GotoAsync("/customers");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }
}
