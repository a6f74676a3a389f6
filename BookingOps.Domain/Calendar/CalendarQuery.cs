using BookingOps.Domain.Bookings;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Calendar;

/// <summary>The bookings a calendar page shows: only the columns it draws, cancelled ones left out.</summary>
public sealed class CalendarQuery(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    /// <summary>More than a month of the busiest business in the five-year benchmark (about 1,200).</summary>
    public const int Limit = 3_000;

    /// <summary>Bookings overlapping the business days from <paramref name="first"/> up to, not including, <paramref name="end"/>.</summary>
    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(DateOnly first, DateOnly end, CancellationToken cancellationToken = default)
    {
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await Rows(db, StartOf(first, zone), StartOf(end, zone)).ToListAsync(cancellationToken);
        return rows.ConvertAll(row => new CalendarEntry(
            row.Id, row.Number, row.CustomerName, row.Status, Local(row.StartsAt, zone), Local(row.EndsAt, zone), row.Version));
    }

    /// <summary>The query's plan, for the benchmark and the index tests.</summary>
    public async Task<IReadOnlyList<string>> ExplainAsync(DateOnly first, DateOnly end, CancellationToken cancellationToken = default)
    {
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await QueryPlan.ExplainAsync(db, Rows(db, StartOf(first, zone), StartOf(end, zone)), cancellationToken);
    }

    private static IQueryable<Row> Rows(BookingOpsDbContext db, DateTimeOffset start, DateTimeOffset end) =>
        (from b in BookingDirectory.Overlapping(db.Bookings.AsNoTracking(), start, end)
         where b.Status != BookingStatus.Cancelled
         join c in db.Customers on b.CustomerId equals c.Id
         orderby b.StartsAt
         select new Row(b.Id, b.Number, c.Name, b.Status, b.StartsAt, b.EndsAt, b.Version))
        .Take(Limit);

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    private static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    private sealed record Row(int Id, string Number, string CustomerName, BookingStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt, long Version);
}
