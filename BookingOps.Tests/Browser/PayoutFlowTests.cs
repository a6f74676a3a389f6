using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>Paying two performers for last week's shows in one batch.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PayoutFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Seri Melati"));
        var bookings = services.GetRequiredService<BookingService>();
        var assignments = services.GetRequiredService<CrewAssignmentService>();
        foreach (var (name, email, fee, daysAgo) in new[] { ("Siti Aminah", "siti@example.test", 320m, 4), ("Kumar Raj", "kumar@example.test", 280m, 3) })
        {
            var login = await services.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = name, Email = email, Role = Roles.Crew, Password = "a long enough password" });
            var person = await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = name, Roles = ["dancer"], Phone = "012-555 5000", UserId = login });
            var booking = await bookings.CreateAsync(BookingInputs.Valid(customer, TestTime.At(-daysAgo, 19)));
            var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person, Role = "dancer", Fee = fee }, actorIsAdmin: false);
            await assignments.AcceptAsync(job, 0, login);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task Two_performers_are_paid_in_one_batch_and_owe_nothing_more()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/payouts");
        await page.WaitForInteractiveAsync();

        await Assertions.Expect(page.Locator("#owed-to-crew tr[data-person='Siti Aminah']")).ToContainTextAsync("320.00");
        await page.Locator("#owed-to-crew tr[data-person='Siti Aminah'] .show-jobs").ClickAsync();
        await Assertions.Expect(page.Locator("#owed-to-crew .owed-job")).ToContainTextAsync(new Regex(@"BKG-\d{4}-\d{5} · Wedding dance show · dancer"));
        await page.Locator("#owed-to-crew tr[data-person='Siti Aminah'] .choose-person input").CheckAsync();
        await page.Locator("#owed-to-crew tr[data-person='Kumar Raj'] .choose-person input").CheckAsync();
        await page.FillAsync("#payout-reference", "IBG 778120");
        await Assertions.Expect(page.Locator("#pay-chosen")).ToHaveTextAsync(new Regex("Pay 2 lines, MYR 600.00", RegexOptions.IgnoreCase));
        await page.ScreenshotAsync("70-payouts-chosen");
        await page.ClickAsync("#pay-chosen");

        await Assertions.Expect(page.Locator("#nothing-owed")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#recent-payouts li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#recent-payouts")).ToContainTextAsync("Siti Aminah");
        await Assertions.Expect(page.Locator("#recent-payouts")).ToContainTextAsync("IBG 778120");
        await page.ScreenshotAsync("71-payouts-paid");

        // Siti sees it on her phone: nothing more owed, the payout listed; nobody else's money.
        var phone = await session.NewPageAsync(phone: true);
        await phone.SignInAsync("siti@example.test", "a long enough password");
        await Assertions.Expect(phone.Locator("#my-owed")).ToContainTextAsync("Owed to you: 0.00 for 0 jobs");
        await Assertions.Expect(phone.Locator("#my-payouts")).ToContainTextAsync(new Regex(@"PAY-\d{4}-\d{5} · 320\.00"));
        await Assertions.Expect(phone.Locator("#my-earnings")).Not.ToContainTextAsync("280.00");
        await phone.ScreenshotAsync("72-my-earnings-phone");

        // A payout to the wrong account is reversed by the Admin with a reason: Kumar is owed again.
        await page.Locator("#recent-payouts li:has-text('Kumar Raj') .reverse-payout").ClickAsync();
        await page.FillAsync("#reason", "Paid to the wrong account");
        await page.ClickAsync("#confirm-reason");
        await Assertions.Expect(page.Locator("#recent-payouts li:has-text('Kumar Raj')")).ToContainTextAsync("reversed");
        await Assertions.Expect(page.Locator("#owed-to-crew tr[data-person='Kumar Raj']")).ToContainTextAsync("280.00");
    }
}
