using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>The search box in the top bar: the office finds an invoice by the caller's phone; a driver on a phone finds their order.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SearchFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string DriverPassword = "aziz lorry password";
    private string invoiceNumber = string.Empty;
    private int invoiceId;
    private string orderNumber = string.Empty;
    private int orderId;

    public async Task InitializeAsync()
    {
        // Each test of the class runs this; the app, and so the data, is the class's: made once, then read.
        if (await session.EnsureSetupAsync())
        {
            await SeedAsync();
        }

        await using var scope = session.App.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync();
        (invoiceId, invoiceNumber) = await db.Invoices.Where(i => i.Number != null).Select(i => ValueTuple.Create(i.Id, i.Number!)).SingleAsync();
        (orderId, orderNumber) = await db.DeliveryOrders.Where(o => o.Number != null).Select(o => ValueTuple.Create(o.Id, o.Number!)).SingleAsync();
    }

    private async Task SeedAsync()
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Kedai Runcit Ah Seng", phone: "+60 17-210 4455", email: null));
        await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Ah Seng Trading", phone: "+60 17-210 9999", email: null));
        var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer));
        var invoices = services.GetRequiredService<InvoiceService>();
        await invoices.IssueAsync(await invoices.CreateForBookingAsync(booking, InvoiceKind.Deposit), 0);

        var login = await services.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput
        {
            DisplayName = "Aziz Rahman",
            Email = "aziz@example.test",
            Role = Roles.Crew,
            Password = DriverPassword,
        });
        var driver = await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = "Aziz Rahman", Roles = [CrewRoles.Driver], Phone = "012-555 4000", UserId = login });
        var orders = services.GetRequiredService<DeliveryOrderService>();
        var order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = customer,
            ScheduledOn = TestTime.Today,
            SiteAddress = "12 Jalan Pasar, Klang",
            DriverId = driver,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task The_office_finds_an_invoice_by_the_customers_phone_and_opens_it()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);

        // "/" puts the cursor in the box; the phone is typed as the caller says it, not as it was saved.
        await page.Keyboard.PressAsync("/");
        await page.Keyboard.TypeAsync("017-210 4455");
        var invoice = page.Locator($"#app-search-results .search-group[data-kind=Invoice] .search-hit:has-text('{invoiceNumber}')");
        await Assertions.Expect(invoice).ToContainTextAsync("Kedai Runcit Ah Seng");
        await Assertions.Expect(page.Locator("#app-search-results .search-group[data-kind=Customer] .search-hit")).ToHaveTextAsync([new Regex("Kedai Runcit Ah Seng")]);
        await page.ScreenshotAsync("120-search-by-phone");

        await invoice.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/invoices/{invoiceId}$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(invoiceNumber);
        await Assertions.Expect(page.Locator("#app-search")).ToHaveValueAsync(string.Empty);
    }

    [BrowserFact]
    public async Task A_driver_on_a_phone_finds_their_order_by_its_number_and_opens_it_with_the_keyboard()
    {
        var page = await session.NewPageAsync(phone: true);
        await page.SignInAsync("aziz@example.test", DriverPassword);

        await page.ClickAsync("label.app-search-toggle");
        await page.Keyboard.TypeAsync(orderNumber.ToLowerInvariant());
        await Assertions.Expect(page.Locator("#app-search-results .search-hit")).ToHaveTextAsync([new Regex(Regex.Escape(orderNumber))]);
        await page.ScreenshotAsync("121-search-driver-phone");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/driver/orders/{orderId}$"));
        await Assertions.Expect(page.Locator("#field-order-number")).ToHaveTextAsync(orderNumber);
    }
}
