using System.Text.RegularExpressions;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>Importing a month of expenses from the old spreadsheet: three bad rows of fifty are named, the rest saved.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ImportFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private string booking = string.Empty;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Kenanga"));
        var bookingId = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(-4, 19)));
        await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = "Aina Razak", Roles = ["dancer"], Phone = "012-555 7000" });
        await using var db = await services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync();
        booking = await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Number).SingleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task Three_bad_rows_of_fifty_are_named_in_the_preview_and_confirming_saves_the_other_forty_seven()
    {
        using var files = new TempDirectory();
        var csv = Path.Combine(files.Path, "november-expenses.csv");
        await File.WriteAllTextAsync(csv, ImportSamples.ExpensesCsv(booking));
        await using var scope = session.App.Services.CreateAsyncScope();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        async Task<int> CountAsync()
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            return await db.Expenses.CountAsync(e => e.Description == "Parking, hall" || e.Description == "Diesel for the lorry");
        }

        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/imports");
        await page.WaitForInteractiveAsync();
        await page.SetInputFilesAsync("#import-file", csv);
        await Assertions.Expect(page.Locator("#map-amount")).ToHaveValueAsync("Amount (RM)");
        await Assertions.Expect(page.Locator("#map-crew")).ToHaveValueAsync("Staff");
        await page.ClickAsync("#check-import");

        await Assertions.Expect(page.Locator("#import-summary")).ToContainTextAsync("50 rows: 47 ready, 3 with problems");
        await Assertions.Expect(page.Locator("#import-rejected tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#import-rejected tr[data-line='8']")).ToContainTextAsync("is not a date");
        await Assertions.Expect(page.Locator("#import-rejected tr[data-line='20']")).ToContainTextAsync("\"a lot\" is not a number");
        await Assertions.Expect(page.Locator("#import-rejected tr[data-line='34']")).ToContainTextAsync("\"Stationery\" is not one of the crew expense categories");
        await page.ScreenshotAsync("94-import-preview");
        Assert.Equal(0, await CountAsync());

        var rejected = await page.APIRequest.GetAsync(await page.Locator("#download-rejected").GetAttributeAsync("href") ?? "");
        Assert.Equal(4, (await rejected.TextAsync()).Trim().Split('\n').Length);

        await page.ClickAsync("#confirm-import");
        await Assertions.Expect(page.Locator("#import-done")).ToHaveTextAsync("47 expenses imported.");
        Assert.Equal(47, await CountAsync());
        await page.ScreenshotAsync("95-import-done");
    }
}
