using System.Linq.Expressions;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore.Query;

namespace BookingOps.Domain.Reports;

/// <summary>
/// The days, weeks or months of a report's range as the UTC instants they start at (the business's midnights), and
/// how SQL puts an instant in one of them. SQL cannot tell an instant's day in the business's zone (no zone is
/// stored, and daylight saving moves the offset), and reading every instant of a year into memory to tell it here
/// grows with the data; so the database places each instant with a CASE that halves the bounds at every step,
/// about log2(rows) comparisons an instant inside one grouped query. The bounds travel as parameters, so the query
/// compiles once per number of rows, not once per range.
/// </summary>
public sealed class InstantBuckets
{
    private InstantBuckets(DateOnly[] firsts, DateTimeOffset[] starts)
    {
        Firsts = firsts;
        Starts = starts;
    }

    /// <summary>Each row's first day, as <see cref="ReportFilter.Buckets"/> gives it.</summary>
    public DateOnly[] Firsts { get; }

    /// <summary>When each row starts, clipped to the range, then when the range ends: row i is [Starts[i], Starts[i + 1]).</summary>
    public DateTimeOffset[] Starts { get; }

    public DateTimeOffset From => Starts[0];

    public DateTimeOffset To => Starts[^1];

    /// <summary>The rows of <paramref name="filter"/> at its granularity.</summary>
    public static async Task<InstantBuckets> OfAsync(BusinessCalendar calendar, ReportFilter filter)
    {
        var zone = await calendar.ZoneAsync();
        DateTimeOffset StartOf(DateOnly day) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var firsts = filter.Buckets().ToArray();
        var starts = firsts.Select((first, i) => StartOf(i == 0 ? filter.Period.From : first)).Append(StartOf(filter.Period.To.AddDays(1))).ToArray();
        return new InstantBuckets(firsts, starts);
    }

    /// <summary>
    /// Each of <paramref name="rows"/> as <paramref name="result"/> of the row and the first day of the bucket its
    /// <paramref name="instant"/> falls in, or null for an instant outside the range (or none). The end of a span
    /// (<paramref name="ending"/>) at midnight belongs to the day before, as a job ending at 00:00 is that day's.
    /// </summary>
    public IQueryable<TResult> Place<T, TResult>(IQueryable<T> rows, Expression<Func<T, DateTimeOffset?>> instant, Expression<Func<T, DateOnly?, TResult>> result, bool ending = false)
    {
        var row = instant.Parameters[0];
        var at = instant.Body;
        var self = Expression.Constant(this);
        Expression Start(int i) => Expression.Convert(Expression.ArrayIndex(Expression.Property(self, nameof(Starts)), Expression.Constant(i)), typeof(DateTimeOffset?));
        Expression First(int i) => Expression.Convert(Expression.ArrayIndex(Expression.Property(self, nameof(Firsts)), Expression.Constant(i)), typeof(DateOnly?));
        Expression Before(int i) => ending ? Expression.LessThanOrEqual(at, Start(i)) : Expression.LessThan(at, Start(i));
        Expression Search(int low, int high)
        {
            var middle = (low + high) / 2;
            return high - low == 1 ? First(low) : Expression.Condition(Before(middle), Search(low, middle), Search(middle, high));
        }

        var inRange = Expression.AndAlso(ending ? Expression.GreaterThan(at, Start(0)) : Expression.GreaterThanOrEqual(at, Start(0)), Before(Firsts.Length));
        var first = Expression.Condition(inRange, Search(0, Firsts.Length), Expression.Constant(null, typeof(DateOnly?)));
        var body = ReplacingExpressionVisitor.Replace(result.Parameters[0], row, result.Body);
        return rows.Select(Expression.Lambda<Func<T, TResult>>(ReplacingExpressionVisitor.Replace(result.Parameters[1], first, body), row));
    }
}
