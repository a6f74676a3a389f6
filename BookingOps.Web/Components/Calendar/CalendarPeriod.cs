using System.Globalization;
using BookingOps.Domain.Settings;

namespace BookingOps.Web.Components.Calendar;

public enum CalendarView
{
    Day,
    Week,
    Month,
}

/// <summary>The days a calendar view shows around a date: one day, a Monday-to-Sunday week, or the whole weeks of a month.</summary>
public sealed record CalendarPeriod(CalendarView View, DateOnly Date)
{
    public DateOnly First => View switch
    {
        CalendarView.Day => Date,
        CalendarView.Week => BusinessCalendar.WeekStart(Date),
        _ => BusinessCalendar.WeekStart(FirstOfMonth),
    };

    /// <summary>The day after the last one shown.</summary>
    public DateOnly End => View switch
    {
        CalendarView.Day => Date.AddDays(1),
        CalendarView.Week => First.AddDays(7),
        _ => BusinessCalendar.WeekStart(FirstOfMonth.AddMonths(1).AddDays(-1)).AddDays(7),
    };

    public int Days => End.DayNumber - First.DayNumber;

    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(First.AddDays);

    public CalendarPeriod Previous => this with { Date = Step(-1) };

    public CalendarPeriod Next => this with { Date = Step(1) };

    public string Title => View switch
    {
        CalendarView.Day => Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture),
        CalendarView.Week when First.Month == End.AddDays(-1).Month => $"{First.Day} – {End.AddDays(-1).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
        CalendarView.Week => $"{First.ToString("d MMM", CultureInfo.InvariantCulture)} – {End.AddDays(-1).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
        _ => Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The page's address for this period, e.g. <c>calendar?view=week&amp;date=2026-12-14</c>.</summary>
    public string Path => $"calendar?view={View.ToString().ToLowerInvariant()}&date={Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private DateOnly FirstOfMonth => new(Date.Year, Date.Month, 1);

    /// <summary>Reads the page's query; a missing or unreadable value falls back to the month of <paramref name="today"/>.</summary>
    public static CalendarPeriod Parse(string? view, string? date, DateOnly today) => new(
        Enum.TryParse<CalendarView>(view, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : CalendarView.Month,
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : today);

    private DateOnly Step(int direction) => View switch
    {
        CalendarView.Day => Date.AddDays(direction),
        CalendarView.Week => Date.AddDays(7 * direction),
        _ => Date.AddMonths(direction),
    };
}
