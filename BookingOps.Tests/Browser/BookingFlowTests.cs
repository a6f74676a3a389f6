using System.Text.RegularExpressions;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>From a phone call to a confirmed job on the calendar, watched live from a second window.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BookingFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (await session.EnsureSetupAsync())
        {
            await using var scope = session.App.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Mawar Wedding Hall", phone: "03-8888 1212"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task Inquiry_is_quoted_converted_shown_on_the_calendar_moved_and_cancelled_with_a_reason()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);

        // A caller asks for a show; record the inquiry against the existing customer.
        await page.GotoAsync("/inquiries/new");
        await page.WaitForInteractiveAsync();
        await page.PickAsync("inquiry-customer", "mawar", "Mawar Wedding Hall");
        await page.FillAsync("#inquiry-event", "Wedding kompang and dance");
        await page.FillAsync("#inquiry-start", "2026-12-12T19:00");
        await page.FillAsync("#inquiry-end", "2026-12-12T23:00");
        await page.FillAsync("#inquiry-area", "Shah Alam");
        await page.ClickAsync("#save-inquiry");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/inquiries/\d+$"));

        // Quote it, then convert it.
        await page.FillAsync("#quote-amount", "3500");
        await page.ClickAsync("#record-quote");
        await Assertions.Expect(page.Locator("#inquiry-quote")).ToHaveTextAsync("MYR 3,500.00");
        await page.ClickAsync("#convert-inquiry");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/bookings/\d+$"));
        await Assertions.Expect(page.Locator("#booking-status")).ToContainTextAsync("Tentative");
        await Assertions.Expect(page.Locator("#booking-when")).ToContainTextAsync("12 Dec 2026, 19:00");
        await Assertions.Expect(page.Locator("#booking-detail-total")).ToHaveTextAsync("3,710.00");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new Regex("^BKG-"));
        var number = (await page.Locator("h1").TextContentAsync())!.Trim();

        // The quoted line reads as typed, and a line added while editing takes the business's tax rate.
        var bookingPath = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync(bookingPath + "/edit");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator(".price-line[data-line='0'] .line-quantity input")).ToHaveValueAsync("1");
        await Assertions.Expect(page.Locator(".price-line[data-line='0'] .line-price input")).ToHaveValueAsync("3500");
        await Assertions.Expect(page.Locator(".price-line[data-line='0'] .line-tax input")).ToHaveValueAsync("6");
        await page.ClickAsync("#add-line");
        await Assertions.Expect(page.Locator(".price-line[data-line='1'] .line-tax input")).ToHaveValueAsync("6");
        await page.GotoAsync(bookingPath);
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("#confirm-booking");
        await Assertions.Expect(page.Locator("#booking-status")).ToContainTextAsync("Confirmed");
        await page.ScreenshotAsync("10-booking-detail");

        // It sits on the calendar on 12 December.
        await page.GotoAsync("/calendar?view=month&date=2026-12-12");
        await page.WaitForInteractiveAsync();
        var appointment = page.Locator($"[data-booking='{number}']");
        await Assertions.Expect(appointment).ToHaveCountAsync(1);
        Assert.Equal("2026-12-12", await DayShownAsync(page, number));
        await Assertions.Expect(appointment).ToContainTextAsync("19:00");
        await page.ScreenshotAsync("11-calendar-month");

        // Drag it to the 14th; the move asks first and keeps the time of day.
        await appointment.DragToAsync(page.Locator(".calendar-day[data-date='2026-12-14']"));
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("to Mon 14 Dec 2026, 19:00?");
        await page.ClickAsync(".mud-dialog button:has-text('Move')");
        await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync(DayScript + "('" + number + "') === '2026-12-14'");

        // In the week it sits in Monday's column, and Shift+Down moves it half an hour later.
        await page.GotoAsync("/calendar?view=week&date=2026-12-14");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator($".calendar-column[data-date='2026-12-14'] [data-booking='{number}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("11-calendar-week");
        await page.FocusAsync($"[data-booking='{number}']");
        await page.Keyboard.PressAsync("Shift+ArrowDown");
        await page.ClickAsync(".mud-dialog button:has-text('Move')");
        await Assertions.Expect(page.Locator($"[data-booking='{number}']")).ToContainTextAsync("19:30");
        await page.ClickAsync($"[data-booking='{number}']");
        await Assertions.Expect(page.Locator("#booking-when")).ToContainTextAsync("14 Dec 2026, 19:30");

        // Cancelling needs a reason.
        await page.ClickAsync("#cancel-booking");
        await page.ClickAsync("#confirm-reason");
        await Assertions.Expect(page.FieldMessage("reason")).ToHaveTextAsync("Give the reason.");
        await page.FillAsync("#reason", "Couple postponed the wedding");
        await page.ClickAsync("#confirm-reason");
        await Assertions.Expect(page.Locator("#booking-status")).ToContainTextAsync("Cancelled");
        await Assertions.Expect(page.Locator("#cancellation-reason")).ToHaveTextAsync("Couple postponed the wedding");
    }

    /// <summary>The date of the day column a booking's bar starts in, in the month view.</summary>
    private const string DayScript = """
        (number => {
            const entry = document.querySelector(`.calendar-month [data-booking='${number}']`);
            if (!entry) return null;
            const column = parseInt(entry.style.gridColumnStart, 10);
            return entry.closest('.calendar-week').querySelectorAll('.calendar-day')[column - 1].dataset.date;
        })
        """;

    private static Task<string> DayShownAsync(IPage page, string number) => page.EvaluateAsync<string>(DayScript, number);

    [BrowserFact]
    public async Task Pasted_notes_longer_than_the_rule_stop_at_its_limit_with_a_counter_and_save_whole()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/inquiries/new");
        await page.WaitForInteractiveAsync();
        await page.PickAsync("inquiry-customer", "mawar", "Mawar Wedding Hall");
        await page.FillAsync("#inquiry-event", "Corporate dinner");

        // 25,000 characters pasted (over the live connection's 32 KB message limit) are held at the notes' 2,000.
        await page.FocusAsync("#inquiry-notes");
        await page.Keyboard.InsertTextAsync(new string('n', 25_000));
        Assert.Equal(2_000, await page.Locator("#inquiry-notes").EvaluateAsync<int>("e => e.value.length"));
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".mud-input-control:has(#inquiry-notes)")).ToContainTextAsync("2000 / 2000");

        // The longest legal notes in the widest characters (emoji: two UTF-16 units each) reach the server and are saved whole.
        var widest = string.Concat(Enumerable.Repeat("😀", 1_000));
        await page.FillAsync("#inquiry-notes", widest);
        await page.ClickAsync("#save-inquiry");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/inquiries/\d+$"));
        var id = int.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        await using var scope = session.App.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<BookingOps.Domain.Inquiries.InquiryDirectory>().FindAsync(id);
        Assert.Equal(widest, saved!.Notes);
    }

    [BrowserFact]
    public async Task A_booking_made_in_one_window_appears_on_another_windows_calendar_and_dashboard_without_a_reload()
    {
        var watcher = await session.NewPageAsync();
        await watcher.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await watcher.GotoAsync("/calendar?view=month&date=2026-12-20");
        await watcher.WaitForInteractiveAsync();
        var dashboard = await session.NewPageAsync();
        await dashboard.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        var openBefore = int.Parse((await dashboard.Locator("#open-inquiry-count").TextContentAsync())!, System.Globalization.CultureInfo.InvariantCulture);

        var office = await session.NewPageAsync();
        await office.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await office.GotoAsync("/bookings/new?start=2026-12-20T10:00");
        await office.WaitForInteractiveAsync();
        await office.PickAsync("booking-customer", "mawar", "Mawar Wedding Hall");
        await office.FillAsync("#booking-service", "Engagement dinner band");
        await office.FillAsync(".line-description input, input.line-description", "Band, 3 hours");
        await office.FillAsync(".line-price input, input.line-price", "1800");
        await office.ClickAsync("#save-booking");
        await Assertions.Expect(office.Locator("h1")).ToHaveTextAsync(new Regex("^BKG-"));
        var number = (await office.Locator("h1").TextContentAsync())!.Trim();

        await Assertions.Expect(watcher.Locator($"[data-booking='{number}']")).ToHaveCountAsync(1, new() { Timeout = 3_000 });
        await watcher.ScreenshotAsync("12-calendar-live");

        await office.GotoAsync("/inquiries/new");
        await office.WaitForInteractiveAsync();
        await office.ClickAsync("#customer-kind >> text=New customer");
        await office.FillAsync("#inquiry-customer-name", "Encik Rahman");
        await office.FillAsync("#inquiry-customer-phone", "019-555 0101");
        await office.FillAsync("#inquiry-event", "Aqiqah ceremony");
        await office.ClickAsync("#save-inquiry");
        await Assertions.Expect(office).ToHaveURLAsync(new Regex(@"/inquiries/\d+$"));

        await Assertions.Expect(dashboard.Locator("#open-inquiry-count")).ToHaveTextAsync((openBefore + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 3_000 });
        await Assertions.Expect(dashboard.Locator("#dash-inquiries")).ToContainTextAsync("Encik Rahman");
        await dashboard.ScreenshotAsync("13-dashboard-live");
    }

    [BrowserFact]
    public async Task A_closed_page_stops_listening_for_changes()
    {
        var feed = session.App.Services.GetRequiredService<BookingOps.Domain.Live.ChangeFeed>();
        await WaitForStableAsync(() => feed.SubscriberCount);
        var before = feed.SubscriberCount;

        // Signed in on the calendar: the calendar and the top bar's bell listen.
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/calendar");
        await page.WaitForInteractiveAsync();
        await WaitForAsync(() => feed.SubscriberCount == before + 2);

        // Leaving the app ends the circuit; its subscriptions must go with it.
        await page.GotoAsync("about:blank");
        await WaitForAsync(() => feed.SubscriberCount == before);
    }

    /// <summary>Waits until a count stops changing, e.g. while the previous page's circuit closes.</summary>
    private static async Task WaitForStableAsync(Func<int> count)
    {
        var last = count();
        for (var attempt = 0; attempt < 20; attempt++)
        {
            await Task.Delay(250);
            var now = count();
            if (now == last && attempt >= 3)
            {
                return;
            }

            last = now;
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "The condition did not become true within 10 s.");
    }
}
