using System.Text.RegularExpressions;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Fleet;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class FleetTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (await session.EnsureSetupAsync())
        {
            await using var scope = session.App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Bina Jaya Construction", phone: "03-5555 1234"));
            await scope.ServiceProvider.GetRequiredService<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0001", Size = "4×12×6 ft" });
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_bin_is_registered_once_sent_to_a_customer_and_its_movements_are_listed()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/assets/new");
        await page.WaitForInteractiveAsync();

        await page.FillAsync("#asset-code", "b-0001");
        await page.FillAsync("#asset-size", "4×12×6 ft");
        await page.ClickAsync("#save-asset");
        await Assertions.Expect(page.FieldMessage("asset-code")).ToContainTextAsync("B-0001 is already registered");

        await page.FillAsync("#asset-code", "B-0002");
        await page.ClickAsync("#save-asset");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/assets/\d+$"));
        await Assertions.Expect(page.Locator("#bin-state")).ToHaveTextAsync("in the warehouse");

        await page.ClickAsync(".move-bin[data-to='Assigned']");
        await Assertions.Expect(page.Locator("#bin-state")).ToHaveTextAsync("assigned");
        await page.ClickAsync(".move-bin[data-to='WithCustomer']");
        await Assertions.Expect(page.FieldMessage("move-customer")).ToContainTextAsync("Say which customer");
        await page.PickAsync("move-customer", "bina", "Bina Jaya Construction");
        await page.FillAsync("#move-area", "Shah Alam");
        await page.ClickAsync(".move-bin[data-to='WithCustomer']");
        await Assertions.Expect(page.Locator("#bin-state")).ToHaveTextAsync("with a customer");
        await Assertions.Expect(page.Locator("#bin-movements li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#bin-movements li").First).ToContainTextAsync("Out: assigned → with a customer");
        await Assertions.Expect(page.Locator("#bin-movements li").First).ToContainTextAsync("Shah Alam");
        await page.ScreenshotAsync("30-bin-movements");
    }

    [BrowserFact]
    public async Task A_lapsed_road_tax_shows_on_the_expiring_documents_page()
    {
        int lorry;
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            lorry = await scope.ServiceProvider.GetRequiredService<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "VBC 777", CapacityTonnes = 8 });
        }

        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync($"/assets/{lorry}");
        await page.WaitForInteractiveAsync();
        await page.FillAsync("#document-expiry", TestTime.Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Tab");
        await page.ClickAsync("#save-document");
        await Assertions.Expect(page.Locator("#vehicle-documents")).ToContainTextAsync("road tax valid until");

        await page.GotoAsync("/assets/documents");
        await Assertions.Expect(page.Locator("#expiring-documents")).ToContainTextAsync("VBC 777");
        await Assertions.Expect(page.Locator("#expiring-documents")).ToContainTextAsync("lapsed");
    }

    [BrowserFact]
    public async Task A_lorry_whose_road_tax_lapses_is_refused_for_a_job_until_an_admin_goes_ahead_with_a_reason()
    {
        int booking;
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var assets = services.GetRequiredService<AssetService>();
            var lorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "QAA 5151", CapacityTonnes = 10 });
            await assets.SetDocumentAsync(lorry, "road tax", TestTime.Today.AddDays(3));
            var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Jalan Baru Works"));
            booking = await services.GetRequiredService<BookingOps.Domain.Bookings.BookingService>()
                .CreateAsync(BookingInputs.Valid(customer, TestTime.At(6, 9)));
        }

        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync($"/bookings/{booking}");
        await page.WaitForInteractiveAsync();
        await page.FillAsync("#assign-asset-code", "qaa 5151");
        await page.ClickAsync("#assign-asset-button");

        await Assertions.Expect(page.Locator("#asset-conflicts")).ToContainTextAsync("QAA 5151's road tax expires on");
        await Assertions.Expect(page.Locator("#assigned-assets li")).ToHaveCountAsync(0);
        await page.FillAsync("#asset-conflicts-reason", "Renewal paid, sticker arrives Monday");
        await page.ClickAsync("#asset-conflicts .override-assign");
        await Assertions.Expect(page.Locator("#assigned-assets")).ToContainTextAsync("QAA 5151");
        await Assertions.Expect(page.Locator("#assigned-assets")).ToContainTextAsync("Renewal paid");

        // The equipment board shows the lorry on that job.
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#board-rows >> text=Equipment");
        await Assertions.Expect(page.Locator("tr[data-asset='QAA 5151'] .board-job")).ToHaveCountAsync(1);
        await page.ScreenshotAsync("31-equipment-board");
    }

    [BrowserFact]
    public async Task A_bin_a_booking_still_needs_is_assigned_from_the_board_and_the_board_follows()
    {
        string number;
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Kota Damansara Renovation"));
            var input = BookingInputs.Valid(customer, TestTime.At(1, 8));
            input.AssetRequirements = [new() { AssetType = "bin", Size = "4 x 12 x 6", Count = 1 }];
            var bookings = services.GetRequiredService<BookingOps.Domain.Bookings.BookingService>();
            number = (await services.GetRequiredService<BookingOps.Domain.Bookings.BookingDirectory>().FindAsync(await bookings.CreateAsync(input)))!.Number;
        }

        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/board");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#board-rows >> text=Equipment");
        var gap = page.Locator($".board-gap[data-booking='{number}']");
        await Assertions.Expect(gap).ToContainTextAsync("1 × bin (4 x 12 x 6)");

        await gap.Locator(".fill-gap").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Assertions.Expect(dialog.Locator("#available-assets")).ToContainTextAsync("Free bin (4 x 12 x 6), best fit first");
        await page.ScreenshotAsync("32-assign-from-board");
        await dialog.Locator(".free-asset:has-text('B-0001')").ClickAsync();

        await Assertions.Expect(dialog.Locator("#assigned-assets")).ToContainTextAsync("B-0001");
        await Assertions.Expect(dialog.Locator("#unfilled-equipment")).ToHaveCountAsync(0);
        await Assertions.Expect(gap).ToHaveCountAsync(0);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("tr[data-asset='B-0001'] .board-job")).ToContainTextAsync(number[^5..]);
    }
}
