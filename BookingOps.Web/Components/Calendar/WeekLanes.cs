using BookingOps.Domain.Calendar;

namespace BookingOps.Web.Components.Calendar;

/// <summary>An entry drawn as a bar across one or more day columns of a week row.</summary>
public sealed record CalendarBar(CalendarEntry Entry, int Column, int Span, int Lane, bool ContinuesBefore, bool ContinuesAfter);

/// <summary>One week row: the bars that fit in its visible lanes, and per day how many more there are.</summary>
public sealed record WeekRow(DateOnly First, int Days, IReadOnlyList<CalendarBar> Bars, IReadOnlyList<int> Hidden)
{
    public IEnumerable<DateOnly> Dates => Enumerable.Range(0, Days).Select(First.AddDays);
}

/// <summary>
/// Stacks entries in lanes over a row of day columns, as the month view and the week's all-day row show
/// them: jobs over several days first and longest first (so bars stay straight), then by start time; each
/// takes the first lane free on all its days. What lands below the visible lanes is counted per day.
/// </summary>
public static class WeekLanes
{
    public static WeekRow Lay(DateOnly first, int days, IEnumerable<CalendarEntry> entries, int visibleLanes)
    {
        var last = first.AddDays(days - 1);
        var lanes = new List<bool[]>();
        var bars = new List<CalendarBar>();
        var hidden = new int[days];
        var shown = entries
            .Where(e => e.LastDay >= first && e.FirstDay <= last)
            .OrderByDescending(e => e.LastDay.DayNumber - e.FirstDay.DayNumber)
            .ThenBy(e => e.Start)
            .ThenBy(e => e.Number, StringComparer.Ordinal);
        foreach (var entry in shown)
        {
            var from = Math.Max(entry.FirstDay.DayNumber, first.DayNumber) - first.DayNumber;
            var to = Math.Min(entry.LastDay.DayNumber, last.DayNumber) - first.DayNumber;
            var lane = lanes.FindIndex(taken => !taken.AsSpan(from, to - from + 1).Contains(true));
            if (lane < 0)
            {
                lanes.Add(new bool[days]);
                lane = lanes.Count - 1;
            }

            Array.Fill(lanes[lane], true, from, to - from + 1);
            if (lane < visibleLanes)
            {
                bars.Add(new CalendarBar(entry, from, to - from + 1, lane, entry.FirstDay < first, entry.LastDay > last));
            }
            else
            {
                for (var day = from; day <= to; day++)
                {
                    hidden[day]++;
                }
            }
        }

        return new WeekRow(first, days, bars, hidden);
    }
}
