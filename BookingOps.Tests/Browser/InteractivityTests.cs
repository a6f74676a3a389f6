using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>Proves the Blazor client script and the server circuit work: events reach the server and the page updates.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class InteractivityTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (!await session.EnsureSetupAsync())
        {
            return;
        }

        await using var scope = session.App.Services.CreateAsyncScope();
        var customers = scope.ServiceProvider.GetRequiredService<CustomerService>();
        await customers.CreateAsync(CustomerInputs.Valid(name: "Anggerik Florist", phone: "012-111 2222", email: "hello@anggerik.my"));
        var archived = await customers.CreateAsync(CustomerInputs.Valid(name: "Old Mill Cafe", phone: "012-333 4444", email: null));
        await customers.ArchiveAsync(archived, version: 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_click_handled_by_the_server_circuit_updates_the_page()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/customers");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#customer-grid tbody")).ToContainTextAsync("Anggerik Florist");
        await Assertions.Expect(page.Locator("#customer-grid tbody")).Not.ToContainTextAsync("Old Mill Cafe");

        await page.ClickAsync("#include-archived");

        await Assertions.Expect(page.Locator("#customer-grid tbody")).ToContainTextAsync("Old Mill Cafe");
        await Assertions.Expect(page.Locator("#customer-grid tbody")).ToContainTextAsync("Archived");
    }

    [BrowserFact]
    public async Task A_paused_page_says_so_and_carries_on_where_it_was_once_resumed()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/customers");
        await page.WaitForInteractiveAsync();
        var dialog = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        // The server side of the page is set aside, as .NET 10 does with a page left unused.
        await page.EvaluateAsync("() => Blazor.pauseCircuit()");

        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog.Locator(".reconnect-when-paused").First).ToHaveTextAsync("This page was paused while it was not in use.");
        await page.ScreenshotAsync("06-paused-page");
        await page.ClickAsync("#components-resume-button");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.ClickAsync("#include-archived");
        await Assertions.Expect(page.Locator("#customer-grid tbody")).ToContainTextAsync("Old Mill Cafe");
    }

    [BrowserFact]
    public async Task The_dark_theme_is_remembered_for_the_user_in_another_browser()
    {
        const string DarkBackground = "rgb(18, 22, 29)";
        await session.App.CreateUserAsync("night.owl@example.test", Roles.Staff);
        var first = await session.NewPageAsync();
        await first.SignInAsync("night.owl@example.test", BookingOpsApp.Password);
        var background = () => first.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.NotEqual(DarkBackground, await background());

        await first.ClickAsync("#dark-mode");
        await first.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor === '{DarkBackground}'");
        await first.ScreenshotAsync("07-dark-theme");

        var elsewhere = await session.NewPageAsync();
        await elsewhere.SignInAsync("night.owl@example.test", BookingOpsApp.Password);
        await elsewhere.WaitForFunctionAsync($"() => getComputedStyle(document.body).backgroundColor === '{DarkBackground}'");
        var admin = await session.NewPageAsync();
        await admin.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        Assert.NotEqual(DarkBackground, await admin.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
    }

    [BrowserFact]
    public async Task The_crew_home_fits_a_phone_and_shows_no_office_navigation()
    {
        await session.App.CreateUserAsync("driver.ali@example.test", Roles.Crew);
        var page = await session.NewPageAsync(phone: true);

        await page.SignInAsync("driver.ali@example.test", BookingOpsApp.Password);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/my-work$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My work");
        await Assertions.Expect(page.Locator("text=Customers")).ToHaveCountAsync(0);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width}px wide on a 390px phone");
        await page.ScreenshotAsync("05-crew-home-phone");
    }
}
