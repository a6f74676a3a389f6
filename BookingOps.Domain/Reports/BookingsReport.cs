using BookingOps.Domain.Bookings;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One kind of work over the range: how many bookings, how many done or cancelled, and what they are worth.</summary>
public sealed record ServiceTypeLine(string ServiceType, int Bookings, int Completed, int Cancelled, decimal Value)
{
    /// <summary>Completed as a share of the bookings not cancelled; empty when all were cancelled.</summary>
    public decimal? CompletionPercent => Bookings - Cancelled == 0 ? null : decimal.Round(Completed * 100m / (Bookings - Cancelled), 1);
}

/// <summary>Bookings starting in a range: by status and by service type, with their value (cancelled ones not counted in it).</summary>
public sealed record BookingsReport(ReportPeriod Period, string Currency, IReadOnlyDictionary<BookingStatus, int> ByStatus, IReadOnlyList<ServiceTypeLine> ByServiceType)
{
    public int Total => ByStatus.Values.Sum();

    public decimal Value => ByServiceType.Sum(s => s.Value);
}

/// <summary>The operations view of bookings, counted and summed in SQL by the business's days; the office's to read.</summary>
public sealed class BookingsQuery(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    public async Task<BookingsReport> RunAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var zone = await calendar.ZoneAsync();
        var (from, to) = (BusinessCalendar.ToUtc(period.From.ToDateTime(TimeOnly.MinValue), zone), BusinessCalendar.ToUtc(period.To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Bookings
            .Where(b => b.StartsAt >= from && b.StartsAt < to)
            .GroupBy(b => new { b.ServiceType, b.Status })
            .Select(g => new { g.Key.ServiceType, g.Key.Status, Count = g.Count(), Value = g.Sum(b => b.Total) })
            .ToListAsync(cancellationToken);

        var byStatus = Enum.GetValues<BookingStatus>().ToDictionary(s => s, s => rows.Where(r => r.Status == s).Sum(r => r.Count));
        var byType = rows.GroupBy(r => r.ServiceType)
            .Select(g => new ServiceTypeLine(
                g.Key,
                g.Sum(r => r.Count),
                g.Where(r => r.Status == BookingStatus.Completed).Sum(r => r.Count),
                g.Where(r => r.Status == BookingStatus.Cancelled).Sum(r => r.Count),
                g.Where(r => r.Status != BookingStatus.Cancelled).Sum(r => r.Value)))
            .OrderByDescending(s => s.Bookings).ThenBy(s => s.ServiceType, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new BookingsReport(period, await calendar.CurrencyAsync(), byStatus, byType);
    }
}
