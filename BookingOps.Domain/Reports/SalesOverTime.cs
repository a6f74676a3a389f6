using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>A day, week or month of sales: what was invoiced (net of voids) and what came in, cash apart.</summary>
public sealed record SalesRow(DateOnly First, string Period, int Invoices, decimal Invoiced, int Payments, decimal Received, decimal Cash)
{
    public decimal Other => Received - Cash;
}

/// <summary>
/// Period sales and daily totals: every day, week or month of the range, quiet ones included, so the chart
/// reads as a time line. The database sums each day; the days are folded into weeks or months here, at most a
/// few thousand small rows.
/// </summary>
public sealed class SalesOverTime(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<SalesRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "sales", "Sales over time", "Receivables", ReportAudience.Office, ReportFilters.Range | ReportFilters.Granularity,
        "Invoiced (issued, net of voids) and received, cash apart, by day, week or month.",
        nameof(Invoice), nameof(Payment));

    private static readonly ReportColumn<SalesRow>[] Columns =
    [
        ReportColumn<SalesRow>.Text("period", "Period", r => r.Period, 22),
        ReportColumn<SalesRow>.Count("invoices", "Invoices", r => r.Invoices, sortable: true),
        ReportColumn<SalesRow>.Money("invoiced", "Invoiced", r => r.Invoiced, sortable: true),
        ReportColumn<SalesRow>.Count("payments", "Payments", r => r.Payments, sortable: true),
        ReportColumn<SalesRow>.Money("cash", "Cash", r => r.Cash, sortable: true),
        ReportColumn<SalesRow>.Money("other", "Other", r => r.Other),
        ReportColumn<SalesRow>.Money("received", "Received", r => r.Received, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<SalesRow>> TypedColumns => Columns;

    protected override SalesRow Sum(IReadOnlyList<SalesRow> rows, ReportFilter filter) =>
        new(filter.Period.From, string.Empty, rows.Sum(r => r.Invoices), rows.Sum(r => r.Invoiced), rows.Sum(r => r.Payments), rows.Sum(r => r.Received), rows.Sum(r => r.Cash));

    protected override ReportChart Chart(IReadOnlyList<SalesRow> rows, ReportFilter filter) =>
        new(
            rows.Count > 31 ? ReportChartKind.Line : ReportChartKind.Bar,
            rows.Select(r => filter.ChartLabel(r.First)).ToList(),
            [new("Invoiced", rows.Select(r => (double)r.Invoiced).ToList()), new("Received", rows.Select(r => (double)r.Received).ToList())]);

    protected override async Task<IReadOnlyList<SalesRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        var invoiced = await db.Invoices.Standing()
            .Where(i => i.IssuedOn >= from && i.IssuedOn <= to)
            .GroupBy(i => i.IssuedOn!.Value)
            .Select(g => new { Day = g.Key, Count = g.Count(), Amount = g.Sum(i => i.Total) })
            .ToListAsync(cancellationToken);
        var received = await db.Payments
            .Where(p => p.ReceivedOn >= from && p.ReceivedOn <= to)
            .GroupBy(p => p.ReceivedOn)
            .Select(g => new { Day = g.Key, Count = g.Count(), Amount = g.Sum(p => p.Amount), Cash = g.Sum(p => p.Method == PaymentMethod.Cash ? p.Amount : 0m) })
            .ToListAsync(cancellationToken);

        var rows = new SortedDictionary<DateOnly, SalesRow>();
        foreach (var day in filter.Buckets())
        {
            rows[day] = new SalesRow(day, filter.BucketLabel(day), 0, 0m, 0, 0m, 0m);
        }

        foreach (var day in invoiced)
        {
            var row = rows[filter.BucketOf(day.Day)];
            rows[row.First] = row with { Invoices = row.Invoices + day.Count, Invoiced = row.Invoiced + day.Amount };
        }

        foreach (var day in received)
        {
            var row = rows[filter.BucketOf(day.Day)];
            rows[row.First] = row with { Payments = row.Payments + day.Count, Received = row.Received + day.Amount, Cash = row.Cash + day.Cash };
        }

        return [.. rows.Values];
    }
}
