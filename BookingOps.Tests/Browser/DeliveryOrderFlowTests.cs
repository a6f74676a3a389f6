using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>A bin from the office to the customer's site: the order written and issued, the driver's day on a phone with a failing connection, the office watching.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DeliveryOrderFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string DriverPassword = "dan lorry password";
    private int bin;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
        var login = await services.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput
        {
            DisplayName = "Dan Hakim",
            Email = "dan@example.test",
            Role = Roles.Crew,
            Password = DriverPassword,
        });
        await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = "Dan Hakim", Roles = [CrewRoles.Driver], Phone = "012-555 3000", UserId = login });
        var assets = services.GetRequiredService<AssetService>();
        await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234" });
        bin = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0042", Size = "20 yd³" });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task The_office_issues_an_order_the_driver_works_it_on_a_phone_through_a_dropped_connection_and_the_office_sees_it_live()
    {
        var office = await session.NewPageAsync();
        await office.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);

        // The Admin puts an item in the catalogue.
        await office.GotoAsync("/admin/work-items");
        await office.WaitForInteractiveAsync();
        await office.FillAsync("#work-item-name", "Construction waste");
        await office.FillAsync("#work-item-unit", "trip");
        await office.FillAsync("#work-item-price", "350");
        await office.ClickAsync("#save-work-item");
        await Assertions.Expect(office.Locator("#work-items tr[data-item='Construction waste']")).ToContainTextAsync("350.00");

        // A new order: customer, site, driver, lorry, bin, a page of the paper book, a line from the catalogue.
        await office.GotoAsync("/delivery-orders/new");
        await office.WaitForInteractiveAsync();
        await office.PickAsync("order-customer", "Pembinaan", "Pembinaan Jaya Sdn Bhd");
        await office.FillAsync("#order-site", "Lot 12, Jalan Industri 3, Klang");
        await office.FillAsync("#order-area-input", "Klang");
        await ChooseAsync(office, "#order-driver-input", "Dan Hakim");
        await ChooseAsync(office, "#order-lorry", "WXY 1234");
        await ChooseAsync(office, "#order-bin", "B-0042");
        await office.FillAsync("#order-book-series", "A");
        await office.FillAsync("#order-book-number", "0456");
        await ChooseAsync(office, "#order-add-item", "Construction waste");
        await Assertions.Expect(office.Locator("#order-total")).ToContainTextAsync("350.00");
        await office.ScreenshotAsync("60-delivery-order-form");
        await office.ClickAsync("#save-order");
        await Assertions.Expect(office.Locator("#order-number")).ToHaveTextAsync("Draft order");
        await office.ClickAsync("#order-step-issued");
        await Assertions.Expect(office.Locator("#order-number")).ToHaveTextAsync(new Regex(@"^DO-\d{4}-00001$"));
        await Assertions.Expect(office.Locator("#order-book")).ToHaveTextAsync("A 0456");
        await Assertions.Expect(office.Locator("#order-field-stage")).ToContainTextAsync("Not started");

        var board = await session.NewPageAsync();
        await board.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await board.GotoAsync("/board");
        await board.WaitForInteractiveAsync();
        var onBoard = board.Locator("tr[data-crew='Dan Hakim'] .board-job");
        await Assertions.Expect(onBoard).ToContainTextAsync("Not started");

        // The driver's phone lists it; each step is one tap.
        var phone = await session.NewPageAsync(phone: true);
        await phone.SignInAsync("dan@example.test", DriverPassword);
        await phone.GotoAsync("/driver");
        await phone.ClickAsync("#driver-orders a");
        await Assertions.Expect(phone.Locator("#field-order-number")).ToHaveTextAsync(new Regex(@"^DO-\d{4}-00001$"));

        // No signal as he taps "Heading there": the tap waits, and goes once the phone is back online.
        await phone.Context.SetOfflineAsync(true);
        await phone.ClickAsync("#field-next-step");
        await Assertions.Expect(phone.Locator("form[data-field=step] .field-progress")).ToContainTextAsync("No connection");
        await phone.ScreenshotAsync("61-driver-offline");
        await phone.Context.SetOfflineAsync(false);
        await Assertions.Expect(phone.Locator("#field-stage")).ToContainTextAsync("Heading there");
        await Assertions.Expect(office.Locator("#order-field-stage")).ToContainTextAsync("Heading there", new() { Timeout = 3_000 });
        await Assertions.Expect(onBoard).ToContainTextAsync("Heading there", new() { Timeout = 3_000 });
        await phone.ClickAsync("#field-next-step");
        await Assertions.Expect(phone.Locator("#field-stage")).ToContainTextAsync("On site");
        await phone.ClickAsync("#field-next-step");
        await Assertions.Expect(phone.Locator("#field-stage")).ToContainTextAsync("Delivered");

        // Completing needs three photos: refused with the reason first.
        await phone.ClickAsync("#field-next-step");
        await Assertions.Expect(phone.Locator("form[data-field=step]")).ToContainTextAsync("Take at least 3 photos before completing the order (0 so far).");

        // Three photos, and the connection drops while they go: they all arrive, once each.
        await phone.Context.SetOfflineAsync(true);
        await phone.Locator("#field-photo-input").SetInputFilesAsync(Enumerable.Range(1, 3).Select(i => new FilePayload
        {
            Name = $"IMG_000{i}.jpg",
            MimeType = "image/jpeg",
            Buffer = TestPhotos.Jpeg(1600 + i, 1200),
        }));
        await Assertions.Expect(phone.Locator("[data-field-photos] .field-progress")).ToContainTextAsync("No connection");
        await phone.Context.SetOfflineAsync(false);
        await Assertions.Expect(phone.Locator("#field-photos img")).ToHaveCountAsync(3);

        // Cash on site: sent while offline, one receipt once the phone is back.
        await phone.FillAsync("#field-cash-amount", "350");
        await phone.Context.SetOfflineAsync(true);
        await phone.ClickAsync("#field-record-cash");
        await Assertions.Expect(phone.Locator("form[data-field=cash] .field-progress")).ToContainTextAsync("No connection");
        await phone.Context.SetOfflineAsync(false);
        await Assertions.Expect(phone.Locator("#field-receipts li")).ToHaveCountAsync(1);
        await Assertions.Expect(phone.Locator("#field-notice")).ToContainTextAsync(new Regex(@"Receipt RCPT-\d{4}-00001 recorded"));

        await phone.SelectOptionAsync("#field-problem-kind", "BinBlocked");
        await phone.FillAsync("#field-problem-note", "Car parked where the bin goes; moved it to the side gate");
        await phone.ClickAsync("#field-report-problem");
        await Assertions.Expect(phone.Locator("#field-problems li")).ToHaveCountAsync(1);

        await phone.ClickAsync("#field-next-step");
        await Assertions.Expect(phone.Locator("#field-stage")).ToContainTextAsync("Done");
        await phone.ScreenshotAsync("62-driver-order-done");

        // The office saw it all arrive on the open order page.
        await Assertions.Expect(office.Locator("#order-status")).ToContainTextAsync("Pending invoice", new() { Timeout = 3_000 });
        await Assertions.Expect(office.Locator("#order-photos img")).ToHaveCountAsync(3);
        await Assertions.Expect(office.Locator("#order-receipts li")).ToHaveCountAsync(1);
        await Assertions.Expect(office.Locator("#order-problems")).ToContainTextAsync("Bin blocked: Car parked");
        await office.ScreenshotAsync("63-delivery-order-office");

        // Invoiced from the order: its line at the business's tax rate, and the driver's cash paid onto it under the same receipt number.
        await office.ClickAsync("#invoice-order");
        await Assertions.Expect(office.Locator("#invoice-delivery-order")).ToHaveTextAsync(new Regex(@"^DO-\d{4}-00001$"));
        await Assertions.Expect(office.Locator("#invoice-lines")).ToContainTextAsync("Construction waste (trip)");
        await office.ClickAsync("#issue-invoice");
        await Assertions.Expect(office.Locator("#invoice-number")).ToHaveTextAsync(new Regex(@"^INV-\d{4}-00001$"));
        await Assertions.Expect(office.Locator("#invoice-total")).ToHaveTextAsync("371.00");
        await Assertions.Expect(office.Locator("#invoice-paid")).ToHaveTextAsync("350.00");
        await Assertions.Expect(office.Locator("#payment-list li")).ToHaveCountAsync(1);
        await Assertions.Expect(office.Locator("#payment-list li")).ToContainTextAsync(new Regex(@"RCPT-\d{4}-00001"));
        await office.ClickAsync("#invoice-delivery-order");
        await Assertions.Expect(office.Locator("#order-status")).ToContainTextAsync("Invoiced");
        await Assertions.Expect(office.Locator("#order-receipts")).ToContainTextAsync("paid onto the invoice");

        // Printed and as a PDF: the numbers, the book page, the line and the amount.
        var download = await office.RunAndWaitForDownloadAsync(() => office.ClickAsync("#order-pdf"));
        Assert.Matches(@"^DO-\d{4}-00001\.pdf$", download.SuggestedFilename);
        var text = BookingOps.Tests.Documents.Poppler.Text(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Matches(@"DO number\s+DO-\d{4}-00001", text);
        Assert.Matches(@"Book\s+A 0456", text);
        Assert.Matches(@"Construction waste\s+1\s+trip\s+350\.00\s+350\.00", text);
        Assert.Matches(@"Total \(MYR\)\s+350\.00", text);
        await office.GotoAsync(office.Url + "/print?format=thermal");
        await Assertions.Expect(office.Locator("#sheet-book")).ToHaveTextAsync("A 0456");
        await Assertions.Expect(office.Locator("#sheet-total")).ToHaveTextAsync("350.00");
        await office.ScreenshotAsync("64-delivery-order-slip");

        // The bin's QR label opens the bin's page, which shows it with the customer.
        await office.GotoAsync($"/assets/{bin}/label");
        await Assertions.Expect(office.Locator("#bin-label")).ToContainTextAsync("B-0042");
        await Assertions.Expect(office.Locator("#bin-label-qr svg")).ToBeVisibleAsync();
        var labelled = await office.Locator("#bin-label-qr").GetAttributeAsync("data-url");
        await office.ScreenshotAsync("65-bin-label");
        await office.GotoAsync(labelled!);
        await Assertions.Expect(office.Locator("#bin-state")).ToHaveTextAsync("with a customer");

        await using var scope = session.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync();
        var order = await db.DeliveryOrders.AsNoTracking().SingleAsync();
        Assert.Equal((FieldStage.Done, DeliveryOrderStatus.Invoiced), (order.Stage, order.Status));
        Assert.Equal(3, await db.DeliveryOrderPhotos.CountAsync());
        Assert.Equal(1, await db.FieldReceipts.CountAsync());
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(BinState.WithCustomer, (await db.Assets.AsNoTracking().SingleAsync(a => a.Code == "B-0042")).BinState);
    }

    private static async Task ChooseAsync(IPage page, string select, string item)
    {
        await page.ClickAsync($"{select}");
        await page.ClickAsync($".mud-popover-open .mud-list-item:has-text('{item}')");
    }
}
