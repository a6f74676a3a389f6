using System.Linq.Expressions;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore.Query;

namespace BookingOps.Domain.Reports;

/// <summary>
/// The business's days over a report's range, and how SQL tells which of them an instant falls on. Instants are
/// stored as UTC ticks (<see cref="Persistence.UtcTicksConverter"/>), so over a stretch of days that are all 24
/// hours long an instant's day is arithmetic: the stretch's first day plus the whole days since its first midnight.
/// The range is cut into such stretches here (one for a zone without daylight saving; a day whose clock changes is
/// a stretch of its own), and the database works out each instant's day with a CASE over the few stretches, so a
/// report groups by business day in one query however long the range. Alternatives cost more: reading every
/// instant to place it here grows with the data (50,000 bookings in five years), and a CASE over every day's
/// midnight takes two parameters a day, which for five years by day costs more than the query itself.
/// </summary>
public sealed class BusinessDays
{
    private BusinessDays(DateTimeOffset from, DateTimeOffset to, long[] starts, int[] firstDays, bool[] regular)
    {
        (From, To, StretchStarts, StretchFirstDays, StretchRegular) = (from, to, starts, firstDays, regular);
    }

    /// <summary>The range's first midnight.</summary>
    public DateTimeOffset From { get; }

    /// <summary>The midnight after the range's last day.</summary>
    public DateTimeOffset To { get; }

    /// <summary>Each stretch's first midnight in UTC ticks; read by the SQL <see cref="Place"/> builds.</summary>
    public long[] StretchStarts { get; }

    /// <summary>Each stretch's first day, as its <see cref="DateOnly.DayNumber"/>.</summary>
    public int[] StretchFirstDays { get; }

    /// <summary>Whether a stretch's days are all 24 hours long; a day whose clock changes is alone in its stretch.</summary>
    public bool[] StretchRegular { get; }

    public static async Task<BusinessDays> OfAsync(BusinessCalendar calendar, ReportPeriod period)
    {
        var zone = await calendar.ZoneAsync();
        DateTimeOffset StartOf(DateOnly day) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var (starts, firstDays, regular) = (new List<long>(), new List<int>(), new List<bool>());
        for (var day = period.From; day <= period.To; day = day.AddDays(1))
        {
            var whole = StartOf(day.AddDays(1)) - StartOf(day) == TimeSpan.FromDays(1);
            if (!whole || regular.Count == 0 || !regular[^1])
            {
                starts.Add(StartOf(day).UtcTicks);
                firstDays.Add(day.DayNumber);
                regular.Add(whole);
            }
        }

        return new BusinessDays(StartOf(period.From), StartOf(period.To.AddDays(1)), [.. starts], [.. firstDays], [.. regular]);
    }

    /// <summary>
    /// Each of <paramref name="rows"/> as <paramref name="result"/> of the row and the <see cref="DateOnly.DayNumber"/>
    /// of the business day its <paramref name="instant"/> falls on, or null for an instant outside the range (or none).
    /// The end of a span (<paramref name="ending"/>) at midnight belongs to the day before, as a job ending at 00:00 is that day's.
    /// </summary>
    public IQueryable<TResult> Place<T, TResult>(IQueryable<T> rows, Expression<Func<T, DateTimeOffset?>> instant, Expression<Func<T, int?, TResult>> result, bool ending = false)
    {
        var row = instant.Parameters[0];
        var at = instant.Body;
        var self = Expression.Constant(this);
        Expression Item(string array, int i) => Expression.ArrayIndex(Expression.Property(self, array), Expression.Constant(i));
        Expression Bound(string bound) => Expression.Convert(Expression.Property(self, bound), typeof(DateTimeOffset?));

        // SQL reads the stored ticks as the integer they are; an ending instant steps back a tick, so midnight is the day before's.
        Expression ticks = Expression.Convert(Expression.Convert(at, typeof(object)), typeof(long));
        if (ending)
        {
            ticks = Expression.Subtract(ticks, Expression.Constant(1L));
        }

        Expression day = Expression.Constant(0);
        for (var i = 0; i < StretchStarts.Length; i++)
        {
            var whole = Expression.Convert(Expression.Divide(Expression.Subtract(ticks, Item(nameof(StretchStarts), i)), Expression.Constant(TimeSpan.TicksPerDay)), typeof(int));
            var onDay = StretchRegular[i] ? Expression.Add(Item(nameof(StretchFirstDays), i), whole) : Item(nameof(StretchFirstDays), i);
            day = i == 0 ? onDay : Expression.Condition(Expression.LessThan(ticks, Item(nameof(StretchStarts), i)), day, onDay);
        }

        var inRange = ending
            ? Expression.AndAlso(Expression.GreaterThan(at, Bound(nameof(From))), Expression.LessThanOrEqual(at, Bound(nameof(To))))
            : Expression.AndAlso(Expression.GreaterThanOrEqual(at, Bound(nameof(From))), Expression.LessThan(at, Bound(nameof(To))));
        var placed = Expression.Condition(inRange, Expression.Convert(day, typeof(int?)), Expression.Constant(null, typeof(int?)));
        var body = ReplacingExpressionVisitor.Replace(result.Parameters[0], row, result.Body);
        return rows.Select(Expression.Lambda<Func<T, TResult>>(ReplacingExpressionVisitor.Replace(result.Parameters[1], placed, body), row));
    }
}
