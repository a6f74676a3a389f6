using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>Putting a performer on jobs without double-booking her, and her answer reaching the office live.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CrewAssignmentFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string CrewPassword = "aina stage password";
    private int firstBooking;
    private int secondBooking;

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Orkid"));
        var login = await services.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput
        {
            DisplayName = "Aina Razak",
            Email = "aina@example.test",
            Role = Roles.Crew,
            Password = CrewPassword,
        });
        await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput
        {
            Name = "Aina Razak",
            Roles = ["dancer"],
            Phone = "012-888 1234",
            DefaultRate = 300m,
            UserId = login,
        });
        var bookings = services.GetRequiredService<BookingService>();
        // Within the board's two weeks whatever today's weekday.
        var start = TestTime.At(2, 19);
        firstBooking = await bookings.CreateAsync(BookingInputs.Valid(customer, start));
        secondBooking = await bookings.CreateAsync(BookingInputs.Valid(customer, start.AddHours(1)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_double_booking_is_refused_naming_the_first_job_an_admin_overrides_and_the_performer_accepts_on_her_phone()
    {
        var office = await session.NewPageAsync();
        await office.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);

        // Put Aina on the first show: the fee comes from her rate.
        await office.GotoAsync($"/bookings/{firstBooking}");
        await office.WaitForInteractiveAsync();
        await Assertions.Expect(office.Locator("#unfilled")).ToContainTextAsync("2 × dancer");
        await Assertions.Expect(office.Locator("#available-crew")).ToContainTextAsync("Aina Razak · 300.00 · 0 h this week");
        await AssignAinaAsync(office);
        await Assertions.Expect(office.Locator("#assigned-crew")).ToContainTextAsync("Aina Razak · dancer · 300.00");
        await Assertions.Expect(office.Locator("#unfilled")).ToContainTextAsync("1 × dancer");
        await Assertions.Expect(office.Locator("#available-crew")).Not.ToContainTextAsync("Aina Razak");

        // The second show overlaps: refused, naming the first.
        await office.GotoAsync($"/bookings/{secondBooking}");
        await office.WaitForInteractiveAsync();
        await AssignAinaAsync(office);
        await Assertions.Expect(office.Locator("#assignment-conflicts")).ToContainTextAsync("Aina Razak is already on BKG-");
        await Assertions.Expect(office.Locator("#assigned-crew li")).ToHaveCountAsync(0);
        await office.ScreenshotAsync("20-assignment-conflict");

        // The Admin assigns anyway, with a reason that is kept.
        await office.ClickAsync("#assignment-conflicts .override-assign");
        await Assertions.Expect(office.Locator("#assignment-conflicts")).ToContainTextAsync("Write why");
        await office.FillAsync("#assignment-conflicts-reason", "Opening number only, then she crosses the hall");
        await office.ClickAsync("#assignment-conflicts .override-assign");
        await Assertions.Expect(office.Locator("#assigned-crew .override-reason")).ToContainTextAsync("Opening number only");

        // Aina accepts the first job on her phone; the booking page and the board show it without a reload.
        await office.GotoAsync($"/bookings/{firstBooking}");
        await office.WaitForInteractiveAsync();
        var board = await session.NewPageAsync();
        await board.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await board.GotoAsync("/board");
        await board.WaitForInteractiveAsync();
        var ainaOnBoard = board.Locator("tr[data-crew='Aina Razak'] .board-job");
        await Assertions.Expect(ainaOnBoard).ToHaveCountAsync(2);
        var overridden = board.Locator("tr[data-crew='Aina Razak'] .board-job.overridden");
        await Assertions.Expect(overridden).ToHaveCountAsync(1);
        await Assertions.Expect(overridden).ToHaveAttributeAsync("title", new Regex("Double booking allowed by an Admin: Opening number only"));
        await Assertions.Expect(board.Locator("tr[data-crew='Aina Razak'] .board-job.accepted")).ToHaveCountAsync(0);
        var phone = await session.NewPageAsync(phone: true);
        await phone.SignInAsync("aina@example.test", CrewPassword);
        await Assertions.Expect(phone).ToHaveURLAsync(new Regex("/my-work$"));
        await Assertions.Expect(phone.Locator(".job-card")).ToHaveCountAsync(2);
        await phone.ScreenshotAsync("21-crew-offers-phone");
        await phone.Locator(".job-card").First.Locator(".accept-job").ClickAsync();
        await Assertions.Expect(phone.Locator(".job-card").First.Locator(".job-status")).ToHaveTextAsync("Accepted");

        await Assertions.Expect(office.Locator("#assigned-crew .assignment-status")).ToHaveTextAsync("Accepted", new() { Timeout = 3_000 });
        await Assertions.Expect(board.Locator("tr[data-crew='Aina Razak'] .board-job.accepted")).ToHaveCountAsync(1, new() { Timeout = 3_000 });
        await Assertions.Expect(board.Locator("#board-unfilled")).ToContainTextAsync("dancer");
        await board.ScreenshotAsync("22-assignment-board");
    }

    private static async Task AssignAinaAsync(IPage page)
    {
        await page.PickAsync("assign-person", "aina", "Aina Razak");
        await Assertions.Expect(page.Locator("#assign-fee")).ToHaveValueAsync("300.00");
        await page.ClickAsync("#assign-crew");
    }
}
