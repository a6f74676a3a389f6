using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// One driver's orders scheduled in the range: how they went, what was reported and logged on them, the cash
/// taken on them and their value; and of the orders the driver marked done, how many on their scheduled day.
/// </summary>
public sealed record DriverRow(int DriverId, string Driver, int Orders, int Done, int Cancelled, int Problems, int Trips, decimal Cash, decimal Value, int DoneInField, int DoneOnTheDay)
{
    /// <summary>Done on the scheduled day as a share of the orders marked done in the field; empty when there are none.</summary>
    public decimal? OnTheDayPercent => DoneInField == 0 ? null : decimal.Round(DoneOnTheDay * 100m / DoneInField, 1);
}

/// <summary>
/// Per-driver totals over the orders scheduled in the range (see <see cref="DeliveryOrderTally{TKey}"/>). Problems,
/// trips and cash are those on these orders, whenever they were sent. "Done on the day" looks at orders whose
/// driver tapped Done (the step's time is kept): the office can also mark an order done, and then no time tells
/// when the work was finished, so such orders count in Done but not in the share. Drivers are a few hundred at
/// most: the database groups by driver and the rows are put together here.
/// </summary>
public sealed class DriverPerformance(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<DriverRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "drivers", "Driver performance", "Operations", ReportAudience.Office, ReportFilters.Range,
        "Each driver's orders in the range: done, cancelled, problems, trips, cash, value, and the share done on the scheduled day.",
        nameof(DeliveryOrder), nameof(FieldReceipt));

    private static readonly ReportColumn<DriverRow>[] Columns =
    [
        ReportColumn<DriverRow>.Text("driver", "Driver", r => r.Driver, 26, sortable: true),
        ReportColumn<DriverRow>.Count("orders", "Orders", r => r.Orders, sortable: true),
        ReportColumn<DriverRow>.Count("done", "Done", r => r.Done, sortable: true),
        ReportColumn<DriverRow>.Count("cancelled", "Cancelled", r => r.Cancelled, sortable: true),
        ReportColumn<DriverRow>.Count("problems", "Problems reported", r => r.Problems, sortable: true),
        ReportColumn<DriverRow>.Count("trips", "Trips", r => r.Trips, sortable: true),
        ReportColumn<DriverRow>.Money("cash", "Cash collected", r => r.Cash, sortable: true),
        ReportColumn<DriverRow>.Money("value", "Value", r => r.Value, sortable: true),
        ReportColumn<DriverRow>.Percent("on-the-day", "Done on the day", r => r.OnTheDayPercent),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<DriverRow>> TypedColumns => Columns;

    protected override DriverRow Sum(IReadOnlyList<DriverRow> rows, ReportFilter filter)
    {
        return new DriverRow(
            0, "Total", rows.Sum(r => r.Orders), rows.Sum(r => r.Done), rows.Sum(r => r.Cancelled), rows.Sum(r => r.Problems), rows.Sum(r => r.Trips),
            rows.Sum(r => r.Cash), rows.Sum(r => r.Value), rows.Sum(r => r.DoneInField), rows.Sum(r => r.DoneOnTheDay));
    }

    protected override string? LinkOf(DriverRow row) => $"crew/{row.DriverId}/edit";

    protected override async Task<IReadOnlyList<DriverRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        var orders = db.DeliveryOrders.Where(o => o.DriverId != null && o.ScheduledOn >= from && o.ScheduledOn <= to);
        var tallies = await DeliveryOrderTallies.ByAsync(orders, o => o.DriverId!.Value, cancellationToken);
        var problems = await db.FieldProblems
            .Join(orders, p => p.DeliveryOrderId, o => o.Id, (p, o) => o.DriverId!.Value)
            .GroupBy(driver => driver)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var trips = await db.LorryTrips
            .Join(orders, t => t.DeliveryOrderId, o => o.Id, (t, o) => o.DriverId!.Value)
            .GroupBy(driver => driver)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var cash = await db.FieldReceipts.Where(r => r.Method == PaymentMethod.Cash)
            .Join(orders, r => r.DeliveryOrderId, o => o.Id, (r, o) => new { Driver = o.DriverId!.Value, r.Amount })
            .GroupBy(r => r.Driver)
            .Select(g => new { g.Key, Amount = g.Sum(r => r.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);

        // The business day the driver tapped Done (see BusinessDays); outside the range it cannot be the scheduled day.
        var days = await BusinessDays.OfAsync(Calendar, filter.Period);
        var onTheDay = await days.Place(orders.Done().Where(o => o.Stage == FieldStage.Done), o => o.StageReachedAt, (o, day) => new { Driver = o.DriverId!.Value, OnTheDay = day == o.ScheduledOn.DayNumber })
            .GroupBy(o => o.Driver)
            .Select(g => new { g.Key, Done = g.Count(), OnTheDay = g.Count(o => o.OnTheDay) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);

        var drivers = tallies.Select(t => t.Key).ToList();
        var names = await db.CrewMembers.Where(m => drivers.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return tallies
            .Select(t => new DriverRow(
                t.Key, names[t.Key], t.Orders, t.Done, t.Cancelled, problems.GetValueOrDefault(t.Key), trips.GetValueOrDefault(t.Key), cash.GetValueOrDefault(t.Key), t.Value,
                onTheDay.TryGetValue(t.Key, out var timed) ? timed.Done : 0, timed?.OnTheDay ?? 0))
            .OrderBy(r => r.Driver, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }
}
