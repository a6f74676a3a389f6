using Bunit;
using BookingOps.Domain.Calendar;
using BookingOps.Web.Components.Calendar;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>The month and time-grid views: where entries are drawn, and what a click, a drop or a key does.</summary>
public sealed class CalendarViewTests : MudComponentTest
{
    private static readonly DateOnly Saturday = new(2026, 12, 12);

    private readonly List<(CalendarEntry Entry, DateTime Start)> moves = [];

    private static DateTime At(DateOnly day, int hour, int minute = 0) => day.ToDateTime(new TimeOnly(hour, minute));

    private CalendarMoves Moves() => new((entry, start) =>
    {
        moves.Add((entry, start));
        return Task.CompletedTask;
    });

    private IRenderedComponent<MonthView> Month(params CalendarEntry[] entries) => Render<MonthView>(p => p
        .AddCascadingValue(Moves())
        .Add(v => v.Period, new CalendarPeriod(CalendarView.Month, Saturday))
        .Add(v => v.Entries, entries)
        .Add(v => v.Today, Saturday));

    private IRenderedComponent<TimeGridView> Hours(CalendarView view, params CalendarEntry[] entries) => Render<TimeGridView>(p => p
        .AddCascadingValue(Moves())
        .Add(v => v.Period, new CalendarPeriod(view, Saturday))
        .Add(v => v.Entries, entries)
        .Add(v => v.Today, Saturday));

    [Fact]
    public void A_month_entry_shows_time_number_and_customer_and_opens_its_booking()
    {
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23), "陈伟明 Trading");

        var month = Month(show);

        var link = month.Find($"[data-booking='{show.Number}']");
        Assert.Equal($"bookings/{show.BookingId}", link.GetAttribute("href"));
        Assert.Equal("19:00", link.QuerySelector(".entry-time")!.TextContent);
        Assert.Equal(show.Number, link.QuerySelector(".entry-number")!.TextContent);
        Assert.Equal("陈伟明 Trading", link.QuerySelector(".entry-customer")!.TextContent);
        Assert.Contains("grid-column: 6 / span 1; grid-row: 2", link.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal(["2026-11-30", "2027-01-03"], new[] { month.FindAll(".calendar-day")[0], month.FindAll(".calendar-day")[^1] }.Select(d => d.GetAttribute("data-date")));
        Assert.Contains("today", month.Find("[data-date='2026-12-12']").ClassList);
    }

    [Fact]
    public void More_jobs_than_lanes_leave_a_more_link_to_the_day()
    {
        var jobs = Enumerable.Range(0, MonthView.VisibleLanes + 2).Select(i => CalendarLayoutTests.Entry(At(Saturday, 8 + i), At(Saturday, 9 + i))).ToArray();

        var month = Month(jobs);

        Assert.Equal(MonthView.VisibleLanes, month.FindAll(".calendar-entry").Count);
        var more = month.Find(".calendar-more");
        Assert.Equal("+2 more", more.TextContent);
        Assert.Equal("calendar?view=day&date=2026-12-12", more.GetAttribute("href"));
    }

    [Fact]
    public void Dropping_on_another_day_moves_the_booking_there_at_the_same_time()
    {
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23));
        var month = Month(show);

        month.Find($"[data-booking='{show.Number}']").DragStart();
        month.Find("[data-date='2026-12-14']").Drop();

        Assert.Equal([(show, At(new DateOnly(2026, 12, 14), 19))], moves);
    }

    [Fact]
    public void Dropping_where_it_already_is_or_without_a_drag_moves_nothing()
    {
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23));
        var month = Month(show);

        month.Find("[data-date='2026-12-14']").Drop();
        month.Find($"[data-booking='{show.Number}']").DragStart();
        month.Find("[data-date='2026-12-12']").Drop();

        Assert.Empty(moves);
    }

    [Fact]
    public void In_the_week_a_drop_on_a_half_hour_slot_starts_the_booking_then()
    {
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23));
        var week = Hours(CalendarView.Week, show);

        week.Find($"[data-booking='{show.Number}']").DragStart();
        week.Find("[data-date='2026-12-09'] [data-time='14:30']").Drop();

        Assert.Equal([(show, At(new DateOnly(2026, 12, 9), 14, 30))], moves);
    }

    [Theory]
    [InlineData("ArrowRight", true, 1, 0)]
    [InlineData("ArrowLeft", true, -1, 0)]
    [InlineData("ArrowDown", true, 0, 30)]
    [InlineData("ArrowUp", true, 0, -30)]
    public void Shift_and_an_arrow_key_move_a_focused_booking_by_a_day_or_half_an_hour(string key, bool shift, int days, int minutes)
    {
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23));
        var week = Hours(CalendarView.Week, show);

        week.Find($"[data-booking='{show.Number}']").KeyDown(new KeyboardEventArgs { Key = key, ShiftKey = shift });

        Assert.Equal([(show, show.Start.AddDays(days).AddMinutes(minutes))], moves);
    }

    [Fact]
    public void Arrow_keys_without_shift_and_up_or_down_in_the_month_leave_the_booking_alone()
    {
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23));
        var month = Month(show);
        var link = month.Find($"[data-booking='{show.Number}']");

        link.KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        link.KeyDown(new KeyboardEventArgs { Key = "ArrowDown", ShiftKey = true });

        Assert.Empty(moves);
    }

    [Fact]
    public void Clicking_an_empty_slot_opens_a_new_booking_at_that_time()
    {
        var day = Hours(CalendarView.Day);

        day.Find("[data-date='2026-12-12'] [data-time='15:30']").Click();

        Assert.EndsWith("bookings/new?start=2026-12-12T15:30", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Jobs_over_several_days_run_as_bars_above_the_hours_of_the_week()
    {
        var festival = CalendarLayoutTests.Entry(At(Saturday.AddDays(-2), 18), At(Saturday.AddDays(3), 12));
        var show = CalendarLayoutTests.Entry(At(Saturday, 19), At(Saturday, 23));

        var week = Hours(CalendarView.Week, festival, show);

        var bar = week.Find($".calendar-all-day [data-booking='{festival.Number}']");
        Assert.Contains("grid-column: 4 / span 4", bar.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("continues-after", bar.ClassList);
        var block = week.Find($"[data-date='2026-12-12'] [data-booking='{show.Number}']");
        Assert.Contains("calendar-block", block.ClassList);
    }
}
