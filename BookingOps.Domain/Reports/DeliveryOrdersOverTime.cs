using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>A day, week or month of delivery orders: how many, how far they got, what they are worth and weigh, and the cash taken.</summary>
public sealed record DeliveryOrdersRow(DateOnly First, string Period, int Orders, int Done, int Cancelled, int Open, decimal Value, decimal Cash, decimal WeightKg);

/// <summary>
/// Delivery orders by the day they are scheduled for, for one driver or area or all, every day, week or month
/// of the range present. Counts, value and weight are of the orders scheduled in the row (see
/// <see cref="DeliveryOrderTally{TKey}"/>); cash is what drivers took on those drivers' or that area's orders on
/// the row's days, whatever day the order was scheduled for, as it is counted when handed in. The database sums
/// each day; the days are folded into weeks or months here.
/// </summary>
public sealed class DeliveryOrdersOverTime(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<DeliveryOrdersRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "delivery-orders", "Delivery orders", "Operations", ReportAudience.Office,
        ReportFilters.Range | ReportFilters.Granularity | ReportFilters.Driver | ReportFilters.Area,
        "Orders by scheduled day: done, cancelled and open, their value and weight, and the cash drivers collected.",
        nameof(DeliveryOrder), nameof(FieldReceipt));

    private static readonly ReportColumn<DeliveryOrdersRow>[] Columns =
    [
        ReportColumn<DeliveryOrdersRow>.Text("period", "Period", r => r.Period, 22),
        ReportColumn<DeliveryOrdersRow>.Count("orders", "Orders", r => r.Orders, sortable: true),
        ReportColumn<DeliveryOrdersRow>.Count("done", "Done", r => r.Done, sortable: true),
        ReportColumn<DeliveryOrdersRow>.Count("cancelled", "Cancelled", r => r.Cancelled, sortable: true),
        ReportColumn<DeliveryOrdersRow>.Count("open", "Open", r => r.Open, sortable: true),
        ReportColumn<DeliveryOrdersRow>.Money("value", "Value", r => r.Value, sortable: true),
        ReportColumn<DeliveryOrdersRow>.Money("cash", "Cash collected", r => r.Cash, sortable: true),
        ReportColumn<DeliveryOrdersRow>.Quantity("weight", "Weight (kg)", r => r.WeightKg, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<DeliveryOrdersRow>> TypedColumns => Columns;

    protected override DeliveryOrdersRow Sum(IReadOnlyList<DeliveryOrdersRow> rows, ReportFilter filter)
    {
        return new DeliveryOrdersRow(
            filter.Period.From, "Total", rows.Sum(r => r.Orders), rows.Sum(r => r.Done), rows.Sum(r => r.Cancelled), rows.Sum(r => r.Open),
            rows.Sum(r => r.Value), rows.Sum(r => r.Cash), rows.Sum(r => r.WeightKg));
    }

    protected override ReportChart Chart(IReadOnlyList<DeliveryOrdersRow> rows, ReportFilter filter)
    {
        return new ReportChart(
            rows.Count > 31 ? ReportChartKind.Line : ReportChartKind.Bar,
            rows.Select(r => filter.ChartLabel(r.First)).ToList(),
            [new("Done", rows.Select(r => (double)r.Done).ToList()), new("Open", rows.Select(r => (double)r.Open).ToList()), new("Cancelled", rows.Select(r => (double)r.Cancelled).ToList())]);
    }

    protected override async Task<IReadOnlyList<DeliveryOrdersRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        var orders = db.DeliveryOrders.AsQueryable();
        if (filter.DriverId is { } driver)
        {
            orders = orders.Where(o => o.DriverId == driver);
        }

        if (filter.Area is { } area)
        {
            orders = orders.Where(o => o.Area == area);
        }

        var days = await DeliveryOrderTallies.ByAsync(orders.Where(o => o.ScheduledOn >= from && o.ScheduledOn <= to), o => o.ScheduledOn, cancellationToken);
        var cash = await db.FieldReceipts
            .Where(r => r.Method == PaymentMethod.Cash && r.ReceivedOn >= from && r.ReceivedOn <= to && orders.Any(o => o.Id == r.DeliveryOrderId))
            .GroupBy(r => r.ReceivedOn)
            .Select(g => new { Day = g.Key, Amount = g.Sum(r => r.Amount) })
            .ToListAsync(cancellationToken);

        var rows = new SortedDictionary<DateOnly, DeliveryOrdersRow>();
        foreach (var first in filter.Buckets())
        {
            rows[first] = new DeliveryOrdersRow(first, filter.BucketLabel(first), 0, 0, 0, 0, 0m, 0m, 0m);
        }

        foreach (var day in days)
        {
            var row = rows[filter.BucketOf(day.Key)];
            rows[row.First] = row with
            {
                Orders = row.Orders + day.Orders,
                Done = row.Done + day.Done,
                Cancelled = row.Cancelled + day.Cancelled,
                Open = row.Open + day.Open,
                Value = row.Value + day.Value,
                WeightKg = row.WeightKg + day.WeightKg,
            };
        }

        foreach (var day in cash)
        {
            var row = rows[filter.BucketOf(day.Day)];
            rows[row.First] = row with { Cash = row.Cash + day.Amount };
        }

        return [.. rows.Values];
    }
}
