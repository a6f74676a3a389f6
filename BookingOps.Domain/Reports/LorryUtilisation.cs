using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// One lorry (own or hired) over the range: its trips and time on the road, its orders, the days it was used out
/// of <see cref="Days"/>, and the days it was booked for jobs. In the totals, <see cref="Days"/> is lorry-days.
/// </summary>
public sealed record LorryRow(int LorryId, string Lorry, int Trips, TimeSpan OnTheRoad, int Orders, int DaysUsed, int Days, int BookedDays)
{
    public decimal Hours => decimal.Round((decimal)OnTheRoad.Ticks / TimeSpan.TicksPerHour, 1);

    public decimal? UtilisationPercent => Days == 0 ? null : decimal.Round(DaysUsed * 100m / Days, 1);
}

/// <summary>
/// Lorry trips and utilisation: for each vehicle and hired lorry in service (or with anything in the range), the
/// trips that left in the range (by the business's midnights), the hours of those that logged their arrival, the
/// orders it was scheduled on (cancelled ones left out), the days it was used (a day with an order or a trip) as a
/// share of the range's days, and the days its booking assignments cover (bookings not cancelled): what a hired
/// lorry was hired for. Lorries are a few hundred at most: the database groups by lorry, the rows are put together here.
/// </summary>
public sealed class LorryUtilisation(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<LorryRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "lorries", "Lorry trips and utilisation", "Operations", ReportAudience.Office, ReportFilters.Range,
        "Each lorry's trips, hours on the road, orders, days used as a share of the range, and days booked for jobs.",
        nameof(DeliveryOrder), nameof(Asset), nameof(AssetAssignment), nameof(Booking));

    private static readonly ReportColumn<LorryRow>[] Columns =
    [
        ReportColumn<LorryRow>.Text("lorry", "Lorry", r => r.Lorry, 22, sortable: true),
        ReportColumn<LorryRow>.Count("trips", "Trips", r => r.Trips, sortable: true),
        ReportColumn<LorryRow>.Quantity("hours", "Hours on the road", r => r.Hours, sortable: true),
        ReportColumn<LorryRow>.Count("orders", "Orders", r => r.Orders, sortable: true),
        ReportColumn<LorryRow>.Count("days", "Days used", r => r.DaysUsed, sortable: true),
        ReportColumn<LorryRow>.Percent("utilisation", "Utilisation", r => r.UtilisationPercent),
        ReportColumn<LorryRow>.Count("booked", "Days booked", r => r.BookedDays, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<LorryRow>> TypedColumns => Columns;

    protected override LorryRow Sum(IReadOnlyList<LorryRow> rows, ReportFilter filter)
    {
        return new LorryRow(
            0, "Total", rows.Sum(r => r.Trips), new TimeSpan(rows.Sum(r => r.OnTheRoad.Ticks)), rows.Sum(r => r.Orders), rows.Sum(r => r.DaysUsed),
            rows.Sum(r => r.Days), rows.Sum(r => r.BookedDays));
    }

    protected override string? LinkOf(LorryRow row) => $"assets/{row.LorryId}";

    protected override async Task<IReadOnlyList<LorryRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (fromDay, toDay) = (filter.Period.From, filter.Period.To);
        var days = await BusinessDays.OfAsync(Calendar, filter.Period);
        var (from, to) = (days.From, days.To);
        var lorries = db.Assets.Where(a => a.Kind == AssetKind.Vehicle || a.Kind == AssetKind.ExternalLorry);
        var orders = db.DeliveryOrders.Where(o => o.LorryId != null && o.ScheduledOn >= fromDay && o.ScheduledOn <= toDay && o.Status != DeliveryOrderStatus.Cancelled);
        var trips = db.LorryTrips.Where(t => t.LorryId != null && t.DepartedAt >= from && t.DepartedAt < to);

        // Instants are stored as UTC ticks (UtcTicksConverter): the cast reads the column as the integer it is, so SQL subtracts them.
        var road = await trips
            .GroupBy(t => t.LorryId!.Value)
            .Select(g => new { g.Key, Trips = g.Count(), Ticks = g.Sum(t => t.ArrivedAt == null ? 0L : (long)(object)t.ArrivedAt - (long)(object)t.DepartedAt) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        var scheduled = await orders.GroupBy(o => o.LorryId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // A day counts once whether it had orders, trips or both: the union keeps distinct (lorry, day) pairs.
        var used = await orders.Select(o => new { Lorry = o.LorryId!.Value, Day = (int?)o.ScheduledOn.DayNumber })
            .Union(days.Place(trips, t => t.DepartedAt, (t, day) => new { Lorry = t.LorryId!.Value, Day = day }))
            .GroupBy(u => u.Lorry)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        // Each booking assignment as its first and last business day in the range (a day clipped away reads as null);
        // windows overlap and span days, so they are merged here (tens a lorry in a year).
        var assigned = db.AssetAssignments.Where(a => lorries.Select(l => l.Id).Contains(a.AssetId) && a.StartsAt < to && a.EndsAt > from
            && db.Bookings.Any(b => b.Id == a.BookingId && b.Status != BookingStatus.Cancelled));
        var windows = await days.Place(days.Place(assigned, a => a.StartsAt, (a, first) => new { a.AssetId, First = first, a.EndsAt }), a => a.EndsAt, (a, last) => new { a.AssetId, a.First, Last = last }, ending: true)
            .Distinct()
            .ToListAsync(cancellationToken);
        var booked = windows.GroupBy(w => w.AssetId).ToDictionary(g => g.Key, g => DaysCovered(g.Select(w => (w.First ?? fromDay.DayNumber, w.Last ?? toDay.DayNumber))));

        var length = toDay.DayNumber - fromDay.DayNumber + 1;
        var fleet = await lorries.OrderBy(a => a.Code).Select(a => new { a.Id, a.Code, a.Kind, a.IsActive }).ToListAsync(cancellationToken);
        return fleet
            .Select(a => (a.IsActive, Row: new LorryRow(
                a.Id,
                a.Kind == AssetKind.ExternalLorry ? $"{a.Code} (hired)" : a.Code,
                road.TryGetValue(a.Id, out var r) ? r.Trips : 0,
                new TimeSpan(r?.Ticks ?? 0),
                scheduled.GetValueOrDefault(a.Id),
                used.GetValueOrDefault(a.Id),
                length,
                booked.GetValueOrDefault(a.Id))))
            .Where(l => l.IsActive || l.Row.Trips + l.Row.Orders + l.Row.DaysUsed + l.Row.BookedDays > 0)
            .Select(l => l.Row)
            .ToList();
    }

    /// <summary>How many days the (first, last) spans cover together, a day covered twice counting once.</summary>
    private static int DaysCovered(IEnumerable<(int First, int Last)> spans)
    {
        var covered = 0;
        var end = int.MinValue;
        foreach (var (first, last) in spans.OrderBy(s => s.First))
        {
            var start = Math.Max(first, end + 1);
            if (last >= start)
            {
                covered += last - start + 1;
                end = last;
            }
        }

        return covered;
    }
}
