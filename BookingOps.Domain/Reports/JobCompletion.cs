using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>A day, week or month of bookings ending: how many were completed, cancelled, or are still open though over.</summary>
public sealed record JobCompletionRow(DateOnly First, string Period, int Ending, int Completed, int Cancelled, int StillOpen)
{
    /// <summary>Completed as a share of the bookings not cancelled; empty when none are left.</summary>
    public decimal? CompletionPercent => Ending - Cancelled == 0 ? null : decimal.Round(Completed * 100m / (Ending - Cancelled), 1);
}

/// <summary>
/// Whether jobs get closed: bookings by the business day their end falls on (a job ending at 23:30 on the 31st is
/// that month's), every day, week or month of the range present so the chart reads as a time line. "Still open"
/// are those neither completed nor cancelled although their end has passed: work the office has yet to close.
/// </summary>
public sealed class JobCompletion(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor, TimeProvider clock)
    : FoldedReport<JobCompletionRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "job-completion", "Job completion", "Operations", ReportAudience.Office, ReportFilters.Range | ReportFilters.Granularity,
        "Bookings by the day they end: completed, cancelled, still open past their end, and the completion rate.",
        nameof(Booking));

    private static readonly ReportColumn<JobCompletionRow>[] Columns =
    [
        ReportColumn<JobCompletionRow>.Text("period", "Period", r => r.Period, 22),
        ReportColumn<JobCompletionRow>.Count("ending", "Ending", r => r.Ending, sortable: true),
        ReportColumn<JobCompletionRow>.Count("completed", "Completed", r => r.Completed, sortable: true),
        ReportColumn<JobCompletionRow>.Count("cancelled", "Cancelled", r => r.Cancelled, sortable: true),
        ReportColumn<JobCompletionRow>.Count("open", "Still open", r => r.StillOpen, sortable: true),
        ReportColumn<JobCompletionRow>.Percent("rate", "Completion rate", r => r.CompletionPercent),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<JobCompletionRow>> TypedColumns => Columns;

    protected override JobCompletionRow Sum(IReadOnlyList<JobCompletionRow> rows, ReportFilter filter)
    {
        return new JobCompletionRow(filter.Period.From, "Total", rows.Sum(r => r.Ending), rows.Sum(r => r.Completed), rows.Sum(r => r.Cancelled), rows.Sum(r => r.StillOpen));
    }

    protected override ReportChart Chart(IReadOnlyList<JobCompletionRow> rows, ReportFilter filter)
    {
        return new ReportChart(
            rows.Count > 31 ? ReportChartKind.Line : ReportChartKind.Bar,
            rows.Select(r => filter.ChartLabel(r.First)).ToList(),
            [new("Completed", rows.Select(r => (double)r.Completed).ToList()), new("Cancelled", rows.Select(r => (double)r.Cancelled).ToList())]);
    }

    /// <summary>
    /// The database counts each business day's bookings by their end (see <see cref="BusinessDays"/>), at most a few
    /// thousand small rows, and the days are folded into weeks or months here.
    /// </summary>
    protected override async Task<IReadOnlyList<JobCompletionRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var days = await BusinessDays.OfAsync(Calendar, filter.Period);
        var (from, to, now) = (days.From, days.To, clock.GetUtcNow());
        var counted = await days.Place(db.Bookings.Where(b => b.EndsAt > from && b.EndsAt <= to), b => b.EndsAt, (b, day) => new { Day = day, b.Status, b.EndsAt }, ending: true)
            .GroupBy(b => b.Day)
            .Select(g => new
            {
                Day = g.Key,
                Ending = g.Count(),
                Completed = g.Count(b => b.Status == BookingStatus.Completed),
                Cancelled = g.Count(b => b.Status == BookingStatus.Cancelled),
                StillOpen = g.Count(b => b.Status != BookingStatus.Completed && b.Status != BookingStatus.Cancelled && b.EndsAt < now),
            })
            .ToListAsync(cancellationToken);

        var rows = filter.Buckets().ToDictionary(first => first, first => new JobCompletionRow(first, filter.BucketLabel(first), 0, 0, 0, 0));
        foreach (var day in counted)
        {
            var row = rows[filter.BucketOf(DateOnly.FromDayNumber(day.Day!.Value))];
            rows[row.First] = row with
            {
                Ending = row.Ending + day.Ending,
                Completed = row.Completed + day.Completed,
                Cancelled = row.Cancelled + day.Cancelled,
                StillOpen = row.StillOpen + day.StillOpen,
            };
        }

        return [.. rows.Values];
    }
}
