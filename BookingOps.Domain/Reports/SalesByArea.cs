using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>What the range's invoices came to in one area.</summary>
public sealed record AreaSalesRow(string Area, int Invoices, decimal Invoiced, decimal Paid, decimal Pending);

/// <summary>
/// Area-wise sales: the standing invoices (issued, not void) issued in the range, by the area of the booking or
/// delivery order they bill; one with neither area counts under "No area". The database sums each area as typed;
/// the few dozen are folded here, as typed areas differ in case.
/// </summary>
public sealed class SalesByArea(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<AreaSalesRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "area-sales", "Sales by area", "Receivables", ReportAudience.Office, ReportFilters.Range,
        "Invoices issued in the range (net of voids) by the area of their booking or delivery order: invoiced, paid and pending.",
        nameof(Invoice), nameof(Payment), nameof(Booking), nameof(DeliveryOrder));

    private static readonly ReportColumn<AreaSalesRow>[] Columns =
    [
        ReportColumn<AreaSalesRow>.Text("area", "Area", r => r.Area, 24, sortable: true),
        ReportColumn<AreaSalesRow>.Count("invoices", "Invoices", r => r.Invoices, sortable: true),
        ReportColumn<AreaSalesRow>.Money("invoiced", "Invoiced", r => r.Invoiced, sortable: true),
        ReportColumn<AreaSalesRow>.Money("paid", "Paid", r => r.Paid, sortable: true),
        ReportColumn<AreaSalesRow>.Money("pending", "Pending", r => r.Pending, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<AreaSalesRow>> TypedColumns => Columns;

    protected override AreaSalesRow Sum(IReadOnlyList<AreaSalesRow> rows, ReportFilter filter)
    {
        return new AreaSalesRow("Total", rows.Sum(r => r.Invoices), rows.Sum(r => r.Invoiced), rows.Sum(r => r.Paid), rows.Sum(r => r.Pending));
    }

    protected override ReportChart Chart(IReadOnlyList<AreaSalesRow> rows, ReportFilter filter)
    {
        return new ReportChart(ReportChartKind.Bar, rows.Select(r => r.Area).ToList(), [new("Invoiced", rows.Select(r => (double)r.Invoiced).ToList())]);
    }

    /// <summary>Every area with invoices in the range, most invoiced first.</summary>
    protected override async Task<IReadOnlyList<AreaSalesRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (start, end) = (filter.Period.From, filter.Period.To);
        var byArea = await (
            from invoice in db.Invoices.Standing()
            where invoice.IssuedOn >= start && invoice.IssuedOn <= end
            join booking in db.Bookings on invoice.BookingId equals (int?)booking.Id into bookings
            from booking in bookings.DefaultIfEmpty()
            join order in db.DeliveryOrders on invoice.DeliveryOrderId equals (int?)order.Id into orders
            from order in orders.DefaultIfEmpty()
            group invoice by (booking != null ? booking.Area : null) ?? (order != null ? order.Area : null) into g
            orderby g.Key
            select new { Area = g.Key, Count = g.Count(), Amount = g.Sum(i => i.Total), Paid = g.Sum(i => i.PaidTotal), Pending = g.AsQueryable().Sum(InvoiceFilters.Owed) })
            .ToListAsync(cancellationToken);

        return [.. byArea
            .ByArea(g => g.Area)
            .Select(area => new AreaSalesRow(area.Key, area.Sum(g => g.Count), area.Sum(g => g.Amount), area.Sum(g => g.Paid), area.Sum(g => g.Pending)))
            .OrderByDescending(r => r.Invoiced)];
    }
}
