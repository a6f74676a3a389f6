using System.Text.RegularExpressions;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

[Collection(BrowserTestGroup.Name)]
public sealed class AdministrationTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task Admin_creates_a_staff_account_who_signs_in_and_the_audit_log_shows_it()
    {
        var admin = await session.NewPageAsync();
        await admin.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await admin.GotoAsync("/admin/users");
        await admin.WaitForInteractiveAsync();

        await admin.ClickAsync("#new-user");
        await admin.FillAsync("#new-user-name", "Siti Office");
        await admin.FillAsync("#new-user-email", "siti@example.test");
        await admin.FillAsync("#new-user-password", "short");
        await admin.ClickAsync("#create-user");
        await Assertions.Expect(admin.FieldMessage("new-user-password")).ToHaveTextAsync("Use at least 10 characters.");
        await admin.FillAsync("#new-user-password", "siti office password");
        await admin.ClickAsync("#create-user");
        await Assertions.Expect(admin.Locator("#user-grid")).ToContainTextAsync("siti@example.test");
        await admin.ScreenshotAsync("06-users");

        await admin.GotoAsync("/admin/audit");
        await admin.WaitForInteractiveAsync();
        await Assertions.Expect(admin.Locator("#audit-grid")).ToContainTextAsync("User #");
        await admin.ScreenshotAsync("07-audit-log");

        var staff = await session.NewPageAsync();
        await staff.SignInAsync("siti@example.test", "siti office password");
        await Assertions.Expect(staff.Locator("nav.app-nav")).Not.ToContainTextAsync("Administration");
        await staff.GotoAsync("/admin/settings");
        await Assertions.Expect(staff.Locator("h1")).ToHaveTextAsync("Not for your role");
    }

    [BrowserFact]
    public async Task The_second_of_two_people_saving_the_same_customer_is_told_and_keeps_their_input()
    {
        int id;
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Cempaka Catering"));
        }

        var first = await session.NewPageAsync();
        var second = await session.NewPageAsync();
        foreach (var page in new[] { first, second })
        {
            await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
            await page.GotoAsync($"/customers/{id}/edit");
            await page.WaitForInteractiveAsync();
        }

        await first.FillAsync("#customer-notes", "Deliver before 9am.");
        await first.ClickAsync("#save-customer");
        await Assertions.Expect(first).ToHaveURLAsync(new Regex($"/customers/{id}$"));

        await second.FillAsync("#customer-notes", "Call the chef first.");
        await second.ClickAsync("#save-customer");
        await Assertions.Expect(second.Locator(".form-alert")).ToContainTextAsync("Someone else changed this customer");
        await Assertions.Expect(second.Locator("#customer-notes")).ToHaveValueAsync("Call the chef first.");
        await second.ScreenshotAsync("08-concurrent-edit-refused");

        await using var check = session.App.Services.CreateAsyncScope();
        Assert.Equal("Deliver before 9am.", (await check.ServiceProvider.GetRequiredService<CustomerDirectory>().FindAsync(id))!.Notes);
    }
}
