using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>A bin standing at a customer's site: since which business day, and whether it has outstayed its order's rental days.</summary>
public sealed record BinOutRow(int BinId, string Area, string Serial, string? Customer, DateOnly? OutSince, int DaysOut, bool IsOverdue)
{
    public string Overdue => IsOverdue ? "Yes" : "No";
}

/// <summary>
/// Bins out by area: every bin now with a customer, by the area it went to, longest out first. Overdue is the
/// delivery orders' own rule (<see cref="RentalPeriods"/>): a bin delivered on an order and left past its agreed
/// days; one taken out by hand has no agreed days and is never overdue. Bins out are a few thousand at most, so
/// they are read whole and ordered here.
/// </summary>
public sealed class BinsOutByArea(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor, RentalPeriods rentals)
    : FoldedReport<BinOutRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "bins-out", "Bins out by area", "Assets", ReportAudience.Office, ReportFilters.Area,
        "Bins now with customers by area: since when, for how many days, and whether they are overdue for collection.",
        nameof(Asset), nameof(DeliveryOrder));

    private static readonly ReportColumn<BinOutRow>[] Columns =
    [
        ReportColumn<BinOutRow>.Text("area", "Area", r => r.Area, 20, sortable: true),
        ReportColumn<BinOutRow>.Text("serial", "Serial", r => r.Serial, 14, sortable: true),
        ReportColumn<BinOutRow>.Text("customer", "Customer", r => r.Customer, 30, sortable: true),
        ReportColumn<BinOutRow>.Day("since", "Out since", r => r.OutSince, sortable: true),
        ReportColumn<BinOutRow>.Count("days", "Days out", r => r.DaysOut, sortable: true),
        ReportColumn<BinOutRow>.Text("overdue", "Overdue", r => r.Overdue, 10, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<BinOutRow>> TypedColumns => Columns;

    protected override ReportChart Chart(IReadOnlyList<BinOutRow> rows, ReportFilter filter)
    {
        var areas = rows.GroupBy(r => r.Area).ToList();
        return new ReportChart(ReportChartKind.Bar, areas.Select(a => a.Key).ToList(), [new("Bins out", areas.Select(a => (double)a.Count()).ToList())]);
    }

    protected override string? LinkOf(BinOutRow row) => $"assets/{row.BinId}";

    /// <summary>By area (alphabetical, "No area" last), then longest out first.</summary>
    protected override async Task<IReadOnlyList<BinOutRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        var today = await Calendar.TodayAsync();

        // The movement that put each bin there is its latest one to a customer, found through the bin's own index.
        var bins = await (
            from bin in db.Assets.Where(a => a.Kind == AssetKind.Bin && a.BinState == BinState.WithCustomer).InArea(filter.Area)
            join customer in db.Customers on bin.WithCustomerId equals (int?)customer.Id into customers
            from customer in customers.DefaultIfEmpty()
            orderby bin.Area
            select new
            {
                bin.Id,
                bin.Code,
                bin.Area,
                Customer = customer != null ? customer.Name : null,
                OutAt = db.AssetMovements.Where(m => m.AssetId == bin.Id && m.ToState == BinState.WithCustomer).Max(m => (DateTimeOffset?)m.At),
            })
            .ToListAsync(cancellationToken);
        var overdue = (await rentals.OverdueAsync(today, cancellationToken)).Select(b => b.BinId).ToHashSet();

        return [.. bins.ByArea(b => b.Area).SelectMany(area => area
            .Select(b =>
            {
                DateOnly? since = b.OutAt is { } at ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime) : null;
                return new BinOutRow(b.Id, area.Key, b.Code, b.Customer, since, since is { } day ? today.DayNumber - day.DayNumber : 0, overdue.Contains(b.Id));
            })
            .OrderByDescending(r => r.DaysOut)
            .ThenBy(r => r.Serial, StringComparer.Ordinal))];
    }
}
