using BookingOps.Domain.Accounts;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>The Admin makes a budget template, the office sets a booking's budget from it, and the dashboard warns at 80 %.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BudgetFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private int booking;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Melati"));
        var login = await services.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = "Hana Yusof", Email = "hana@example.test", Role = Roles.Crew, Password = "a long enough password" });
        var person = await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = "Hana Yusof", Roles = ["dancer"], Phone = "012-555 7000", UserId = login });
        booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(5, 19)));
        var assignments = services.GetRequiredService<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person, Role = "dancer", Fee = 700m }, actorIsAdmin: false);
        await assignments.AcceptAsync(job, 0, login);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_budget_set_from_a_template_warns_on_the_booking_and_on_the_open_dashboard_once_80_percent_is_committed()
    {
        var office = await session.NewPageAsync();
        await office.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await office.GotoAsync("/admin/budget-templates");
        await office.WaitForInteractiveAsync();
        await office.FillAsync("#template-name", "Wedding, two dancers");
        await office.FillAsync("#template-service-type", "Wedding dance show");
        await office.FillAsync(Amount("template-lines", 0), "800");
        await office.ClickAsync(".add-budget-head");
        await office.ClickAsync("#template-lines .budget-line[data-line='1'] .budget-head");
        await office.ClickAsync(".mud-popover-open .mud-list-item:has-text('Travel')");
        await office.FillAsync(Amount("template-lines", 1), "100");
        await office.ClickAsync("#save-template");
        await Assertions.Expect(office.Locator("#budget-templates tr[data-template='Wedding, two dancers']")).ToContainTextAsync("Crew fees 800.00, Travel 100.00");

        var dashboard = await session.NewPageAsync();
        await dashboard.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await dashboard.WaitForInteractiveAsync();
        await Assertions.Expect(dashboard.Locator("#dash-budgets")).ToContainTextAsync("No open booking has used 80 % of a budget head.");

        await office.GotoAsync($"/bookings/{booking}");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator("#budget-panel")).ToContainTextAsync("No budget yet");
        await office.ClickAsync("#edit-budget");
        await office.ClickAsync("#budget-template");
        await office.ClickAsync(".mud-popover-open .mud-list-item:has-text('Wedding, two dancers')");
        await office.FillAsync(Amount("budget-lines", 1), "-1");
        await office.ClickAsync("#save-budget");
        await Assertions.Expect(office.Locator("#budget-lines .budget-line[data-line='1'] .mud-input-helper-text.mud-input-error")).ToContainTextAsync("Allocate between 0 and 10,000,000.");
        await office.FillAsync(Amount("budget-lines", 1), "100");
        await office.ClickAsync("#save-budget");

        var crewFees = office.Locator("#budget-table tr[data-head='Crew fees']");
        await Assertions.Expect(crewFees).ToContainTextAsync("700.00");
        await Assertions.Expect(crewFees.Locator(".budget-chip")).ToHaveTextAsync("87.5 % used");
        await Assertions.Expect(office.Locator("#budget-alert")).ToHaveTextAsync("Crew fees: 87.5 % used");
        await office.Locator("#budget-panel").ScreenshotAsync(new() { Path = Path.Combine(BrowserSession.ScreenshotDirectory, "99-budget-panel.png") });

        // The dashboard open in the other window follows without a reload.
        await Assertions.Expect(dashboard.Locator("#dash-budgets")).ToContainTextAsync("Crew fees: 87.5 % used");
    }

    private static string Amount(string editor, int line) => $"#{editor} .budget-line[data-line='{line}'] .budget-allocated input";
}
