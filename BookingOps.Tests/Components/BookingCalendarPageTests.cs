using Bunit;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Live;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Domain;
using BookingOps.Web.Components.Calendar;
using BookingOps.Web.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace BookingOps.Tests.Components;

/// <summary>The calendar page on a real database: it follows others' saves live, and a refused move says why.</summary>
public sealed class BookingCalendarPageTests : DomainComponentTest
{
    private int customer;

    protected override async Task ArrangeAsync()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Mawar Wedding Hall"));
        Services.AddSingleton(Harness.Get<ChangeFeed>());
        Services.AddScoped<ChangeOrigin>();
        Use<CalendarQuery>();
        Use<BookingService>();
        Use<BusinessCalendar>();
        Services.AddScoped<PageActions>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<BookingCalendar> Open(string query)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"calendar?{query}");
        return Render<BookingCalendar>();
    }

    [Fact]
    public async Task A_booking_saved_elsewhere_appears_without_a_reload()
    {
        var calendar = Open("view=month&date=2026-12-12");
        Assert.Empty(calendar.FindAll(".calendar-entry"));

        await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer));

        calendar.WaitForAssertion(() => Assert.Equal("BKG-2026-00001", calendar.Find(".calendar-entry").GetAttribute("data-booking")));
    }

    [Fact]
    public async Task Without_a_query_the_month_of_the_business_today_shows()
    {
        await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(1, 9)));

        var calendar = Open(string.Empty);

        Assert.Equal("November 2026", calendar.Find("#calendar-title").TextContent);
        Assert.Contains("today", calendar.Find($"[data-date='{TestTime.Today:yyyy-MM-dd}']").ClassList);
        Assert.Single(calendar.FindAll(".calendar-entry"));
    }

    [Fact]
    public async Task A_move_of_a_booking_someone_changed_since_is_refused_with_the_reason_and_nothing_moves()
    {
        var id = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer));
        var dialogs = Render<MudDialogProvider>();
        var snackbars = Render<MudSnackbarProvider>();
        var calendar = Open("view=month&date=2026-12-12");
        var shown = calendar.Find("[data-booking='BKG-2026-00001']");

        // Someone changes it after this calendar read it, through a second app instance whose saves this one's feed does not hear.
        await using (var db = Harness.Db())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE Bookings SET Version = Version + 1, Notes = 'Changed elsewhere' WHERE Id = {id}");
        }

        shown.DragStart();
        calendar.Find("[data-date='2026-12-14']").Drop();
        dialogs.WaitForAssertion(() => Assert.Contains("Move BKG-2026-00001 (Mawar Wedding Hall) to Mon 14 Dec 2026, 19:00?", dialogs.Markup, StringComparison.Ordinal));
        await dialogs.FindAll("button").Single(b => b.TextContent.Contains("Move", StringComparison.Ordinal)).ClickAsync(new());

        snackbars.WaitForAssertion(() => Assert.Contains("Someone else changed this booking", snackbars.Markup, StringComparison.Ordinal));
        var booking = await Harness.Get<BookingDirectory>().FindAsync(id);
        Assert.Equal(BookingInputs.ShowStart, TimeZoneInfo.ConvertTime(booking!.StartsAt, TestTime.Zone).DateTime);
    }
}
