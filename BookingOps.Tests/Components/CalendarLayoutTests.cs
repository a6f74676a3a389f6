using System.Globalization;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Web.Components.Calendar;

namespace BookingOps.Tests.Components;

/// <summary>The calendar's layout maths: which days a view shows, which lane and column an entry takes.</summary>
public sealed class CalendarLayoutTests
{
    private static readonly DateOnly Monday = new(2026, 12, 7);

    private static int number;

    internal static CalendarEntry Entry(DateTime start, DateTime end, string customer = "Tan Events") =>
        new(Interlocked.Increment(ref number), $"BKG-2026-{number:00000}", customer, BookingStatus.Confirmed, start, end, 0);

    private static DateTime At(int day, int hour, int minute = 0) => Monday.AddDays(day).ToDateTime(new TimeOnly(hour, minute));

    [Theory]
    [InlineData("month", "2026-12-12", "2026-11-30", "2027-01-04", "December 2026")]
    [InlineData("month", "2027-02-10", "2027-02-01", "2027-03-01", "February 2027")]
    [InlineData("week", "2026-12-12", "2026-12-07", "2026-12-14", "7 – 13 Dec 2026")]
    [InlineData("week", "2026-12-30", "2026-12-28", "2027-01-04", "28 Dec – 3 Jan 2027")]
    [InlineData("DAY", "2026-12-12", "2026-12-12", "2026-12-13", "Saturday 12 December 2026")]
    public void A_view_shows_whole_weeks_from_Monday_or_the_one_day(string view, string date, string first, string end, string title)
    {
        var period = CalendarPeriod.Parse(view, date, Monday);

        Assert.Equal((DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), title), (period.First, period.End, period.Title));
    }

    [Fact]
    public void Unreadable_query_values_fall_back_to_the_month_of_today_and_steps_move_by_the_view()
    {
        var fallback = CalendarPeriod.Parse("year", "12/12/2026", Monday);
        var week = new CalendarPeriod(CalendarView.Week, new DateOnly(2026, 12, 12));

        Assert.Equal(new CalendarPeriod(CalendarView.Month, Monday), fallback);
        Assert.Equal(new DateOnly(2027, 1, 31), new CalendarPeriod(CalendarView.Month, new DateOnly(2026, 12, 31)).Next.Date);
        Assert.Equal(new DateOnly(2026, 12, 5), week.Previous.Date);
        Assert.Equal("calendar?view=week&date=2026-12-19", week.Next.Path);
    }

    [Fact]
    public void Jobs_over_several_days_take_the_top_lanes_and_single_days_fill_the_first_free_lane()
    {
        var single = Entry(At(1, 9), At(1, 12));
        var festival = Entry(At(0, 18), At(2, 23));
        var weekend = Entry(At(5, 10), At(6, 20));
        var evening = Entry(At(1, 19), At(1, 23));

        var row = WeekLanes.Lay(Monday, 7, [single, festival, weekend, evening], visibleLanes: 3);

        Assert.Equal(
            [(festival, 0, 3, 0), (weekend, 5, 2, 0), (single, 1, 1, 1), (evening, 1, 1, 2)],
            row.Bars.Select(b => (b.Entry, b.Column, b.Span, b.Lane)));
        Assert.All(row.Hidden, hidden => Assert.Equal(0, hidden));
    }

    [Fact]
    public void What_does_not_fit_the_visible_lanes_is_counted_per_day_and_bars_are_cut_at_the_week_edges()
    {
        var fromLastWeek = Entry(At(-2, 10), At(1, 10));
        var intoNextWeek = Entry(At(6, 10), At(8, 10));
        var tuesday = Enumerable.Range(0, 4).Select(i => Entry(At(1, 8 + (2 * i)), At(1, 9 + (2 * i)))).ToList();

        var row = WeekLanes.Lay(Monday, 7, [.. tuesday, fromLastWeek, intoNextWeek], visibleLanes: 2);

        var cut = row.Bars.Single(b => b.Entry == fromLastWeek);
        Assert.Equal((0, 2, true, false), (cut.Column, cut.Span, cut.ContinuesBefore, cut.ContinuesAfter));
        Assert.True(row.Bars.Single(b => b.Entry == intoNextWeek).ContinuesAfter);
        Assert.Equal([tuesday[0]], row.Bars.Where(b => b.Column == 1).Select(b => b.Entry));
        Assert.Equal([0, 3, 0, 0, 0, 0, 0], row.Hidden);
    }

    [Fact]
    public void A_job_ending_at_midnight_stays_on_its_day()
    {
        var toMidnight = Entry(At(2, 20), At(3, 0));

        Assert.False(toMidnight.SpansDays);
        var grid = TimeGrid.Lay(Monday, 7, [toMidnight]);

        var block = Assert.Single(grid.Blocks);
        Assert.Equal((2, 24), (block.Column, grid.LastHour));
        Assert.Empty(grid.AllDay.Bars);
    }

    [Fact]
    public void Overlapping_jobs_share_their_day_column_and_the_next_free_lane_is_reused()
    {
        var a = Entry(At(0, 9), At(0, 12));
        var b = Entry(At(0, 10), At(0, 11));
        var c = Entry(At(0, 11), At(0, 13));
        var later = Entry(At(0, 14), At(0, 15));

        var grid = TimeGrid.Lay(Monday, 7, [later, c, b, a]);

        Assert.Equal(
            [(a, 0, 2), (b, 1, 2), (c, 1, 2), (later, 0, 1)],
            grid.Blocks.Select(block => (block.Entry, block.Lane, block.Lanes)));
    }

    [Fact]
    public void Blocks_sit_at_their_time_in_hours_widened_to_fit_early_and_late_jobs()
    {
        var early = Entry(At(3, 5, 30), At(3, 7));
        var usual = Entry(At(4, 13), At(4, 14, 30));

        var grid = TimeGrid.Lay(Monday, 7, [early, usual]);

        Assert.Equal((5, 22), (grid.FirstHour, grid.LastHour));
        var block = grid.Blocks.Single(b => b.Entry == usual);
        Assert.Equal(4, block.Column);
        Assert.Equal(8.0 / 17 * 100, block.Top, precision: 6);
        Assert.Equal(1.5 / 17 * 100, block.Height, precision: 6);
        Assert.Equal(new TimeOnly(5, 0), grid.Slots.First());
        Assert.Equal(34, grid.Slots.Count());
    }

    [Fact]
    public void A_day_without_jobs_shows_the_usual_business_hours()
    {
        var grid = TimeGrid.Lay(Monday, 1, []);

        Assert.Equal((TimeGrid.UsualFirstHour, TimeGrid.UsualLastHour), (grid.FirstHour, grid.LastHour));
    }
}
