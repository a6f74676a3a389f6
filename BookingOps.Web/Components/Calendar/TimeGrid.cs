using BookingOps.Domain.Calendar;

namespace BookingOps.Web.Components.Calendar;

/// <summary>A job within one day, placed in its day column: top and height as percentages of the hours shown, side by side with those it overlaps.</summary>
public sealed record TimedBlock(CalendarEntry Entry, int Column, double Top, double Height, int Lane, int Lanes);

/// <summary>
/// The week and day views: hours down, days across. Jobs within a day sit in the grid at their times;
/// overlapping ones share the column's width; jobs over several days run as bars in a row above.
/// </summary>
public sealed record TimeGrid(int FirstHour, int LastHour, IReadOnlyList<TimedBlock> Blocks, WeekRow AllDay)
{
    /// <summary>The business day's usual hours, widened to show any job before or after them.</summary>
    public const int UsualFirstHour = 7;

    public const int UsualLastHour = 22;

    public const int SlotMinutes = 30;

    public const int VisibleBarLanes = 3;

    public IEnumerable<TimeOnly> Slots =>
        Enumerable.Range(0, (LastHour - FirstHour) * 60 / SlotMinutes).Select(i => new TimeOnly(FirstHour, 0).Add(TimeSpan.FromMinutes(i * SlotMinutes)));

    public static TimeGrid Lay(DateOnly first, int days, IReadOnlyList<CalendarEntry> entries)
    {
        var last = first.AddDays(days - 1);
        var timed = entries.Where(e => !e.SpansDays && e.FirstDay >= first && e.FirstDay <= last).ToList();
        var firstHour = Math.Min(UsualFirstHour, timed.Count == 0 ? UsualFirstHour : timed.Min(e => e.Start.Hour));
        var lastHour = Math.Max(UsualLastHour, timed.Count == 0 ? UsualLastHour : timed.Max(EndHour));
        var blocks = timed
            .GroupBy(e => e.FirstDay)
            .SelectMany(day => Overlaps(day.OrderBy(e => e.Start).ThenByDescending(e => e.End).ThenBy(e => e.Number, StringComparer.Ordinal).ToList()))
            .Select(placed => Place(placed.Entry, placed.Lane, placed.Lanes, first, firstHour, lastHour))
            .ToList();
        return new TimeGrid(firstHour, lastHour, blocks, WeekLanes.Lay(first, days, entries.Where(e => e.SpansDays), VisibleBarLanes));
    }

    /// <summary>The hour the grid must run to for this job: a job ending at 22:30 needs the 22:00–23:00 row.</summary>
    private static int EndHour(CalendarEntry entry) =>
        entry.End.Date > entry.Start.Date ? 24 : entry.End.Hour + (entry.End.Minute > 0 || entry.End.Second > 0 ? 1 : 0);

    /// <summary>
    /// Splits a day's jobs (by start) into groups that overlap one another; within a group each takes the
    /// first lane whose last job has ended, and all share the group's lane count.
    /// </summary>
    private static IEnumerable<(CalendarEntry Entry, int Lane, int Lanes)> Overlaps(List<CalendarEntry> day)
    {
        var group = new List<(CalendarEntry Entry, int Lane)>();
        var laneEnds = new List<DateTime>();
        var groupEnd = DateTime.MinValue;
        foreach (var entry in day)
        {
            if (entry.Start >= groupEnd && group.Count > 0)
            {
                foreach (var (done, lane) in group)
                {
                    yield return (done, lane, laneEnds.Count);
                }

                group.Clear();
                laneEnds.Clear();
            }

            var free = laneEnds.FindIndex(end => end <= entry.Start);
            if (free < 0)
            {
                laneEnds.Add(entry.End);
                free = laneEnds.Count - 1;
            }
            else
            {
                laneEnds[free] = entry.End;
            }

            group.Add((entry, free));
            groupEnd = group.Count == 1 ? entry.End : (entry.End > groupEnd ? entry.End : groupEnd);
        }

        foreach (var (done, lane) in group)
        {
            yield return (done, lane, laneEnds.Count);
        }
    }

    private static TimedBlock Place(CalendarEntry entry, int lane, int lanes, DateOnly first, int firstHour, int lastHour)
    {
        var gridStart = entry.FirstDay.ToDateTime(new TimeOnly(firstHour, 0));
        var span = (lastHour - firstHour) * 60.0;
        var top = (entry.Start - gridStart).TotalMinutes / span * 100;
        var height = (entry.End - entry.Start).TotalMinutes / span * 100;
        return new TimedBlock(entry, entry.FirstDay.DayNumber - first.DayNumber, top, height, lane, lanes);
    }
}
