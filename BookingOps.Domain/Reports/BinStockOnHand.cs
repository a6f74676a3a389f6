using BookingOps.Domain.Common;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>An area's active bins by where they are in their cycle.</summary>
public sealed record BinStockRow(string Area, int InWarehouse, int Assigned, int WithCustomer, int Collected, int InRepair)
{
    public int Total => InWarehouse + Assigned + WithCustomer + Collected + InRepair;
}

/// <summary>
/// Bin stock on hand: the active bins of each area (a bin's area is where its last movement left it) counted by
/// state, now. The database counts each area and state; the areas are folded here, as typed areas differ in case.
/// </summary>
public sealed class BinStockOnHand(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<BinStockRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "bin-stock", "Bin stock on hand", "Assets", ReportAudience.Office, ReportFilters.Area,
        "Active bins in each area now: in the warehouse, assigned, with customers, collected and in repair.",
        nameof(Asset));

    private static readonly ReportColumn<BinStockRow>[] Columns =
    [
        ReportColumn<BinStockRow>.Text("area", "Area", r => r.Area, 24, sortable: true),
        ReportColumn<BinStockRow>.Count("warehouse", "In warehouse", r => r.InWarehouse, sortable: true),
        ReportColumn<BinStockRow>.Count("assigned", "Assigned", r => r.Assigned, sortable: true),
        ReportColumn<BinStockRow>.Count("customer", "With customer", r => r.WithCustomer, sortable: true),
        ReportColumn<BinStockRow>.Count("collected", "Collected", r => r.Collected, sortable: true),
        ReportColumn<BinStockRow>.Count("repair", "In repair", r => r.InRepair, sortable: true),
        ReportColumn<BinStockRow>.Count("total", "Total", r => r.Total, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<BinStockRow>> TypedColumns => Columns;

    protected override BinStockRow Sum(IReadOnlyList<BinStockRow> rows, ReportFilter filter)
    {
        return new BinStockRow(
            "Total", rows.Sum(r => r.InWarehouse), rows.Sum(r => r.Assigned), rows.Sum(r => r.WithCustomer), rows.Sum(r => r.Collected), rows.Sum(r => r.InRepair));
    }

    /// <summary>A group of bars per area, one per state, so where the stock sits reads at a glance.</summary>
    protected override ReportChart Chart(IReadOnlyList<BinStockRow> rows, ReportFilter filter)
    {
        ReportSeries Series(string name, Func<BinStockRow, int> count) => new(name, rows.Select(r => (double)count(r)).ToList());
        return new ReportChart(
            ReportChartKind.Bar,
            rows.Select(r => r.Area).ToList(),
            [Series("In warehouse", r => r.InWarehouse), Series("Assigned", r => r.Assigned), Series("With customer", r => r.WithCustomer),
                Series("Collected", r => r.Collected), Series("In repair", r => r.InRepair)]);
    }

    protected override async Task<IReadOnlyList<BinStockRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var counts = await db.Assets
            .Where(a => a.Kind == AssetKind.Bin && a.IsActive)
            .InArea(filter.Area)
            .GroupBy(a => new { a.Area, a.BinState })
            .OrderBy(g => g.Key.Area)
            .Select(g => new { g.Key.Area, g.Key.BinState, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return [.. counts.ByArea(c => c.Area).Select(area =>
        {
            int In(BinState state) => area.Where(c => c.BinState == state).Sum(c => c.Count);
            return new BinStockRow(area.Key, In(BinState.InWarehouse), In(BinState.Assigned), In(BinState.WithCustomer), In(BinState.Collected), In(BinState.Repair));
        })];
    }
}
