using System.Runtime.CompilerServices;
using BookingOps.Domain.Common;
using BookingOps.Domain.Reports;

namespace BookingOps.Tests.Infrastructure;

/// <summary>
/// A table report of made-up jobs, as many as a test asks: job n on day n of November (wrapping), a fee of
/// n × 100 + 0.50, n hours, a margin on even jobs only, and n × 1,000.25 kg. <paramref name="beforeRow"/> runs before each row is
/// read, so a test can hold an export halfway.
/// </summary>
public sealed class GeneratedJobsReport(int count, Func<int, CancellationToken, Task>? beforeRow = null) : ITableReport
{
    public int Read { get; private set; }

    public ReportInfo Info { get; } = new("generated-jobs", "Generated jobs", "Operations", ReportAudience.Office, ReportFilters.Range, "Jobs made up for a test.");

    public IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("day", "Day", CellKind.Day, 14, false),
        new("job", "Job", CellKind.Text, 20, false),
        new("fee", "Fee", CellKind.Money, 16, true),
        new("hours", "Hours", CellKind.Count, 12, false),
        new("margin", "Margin", CellKind.Percent, 12, false),
        new("weight", "Weight", CellKind.Quantity, 12, false),
    ];

    public Task<ReportView> ViewAsync(ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ReportView("MYR", Enumerable.Range(page.SafeSkip + 1, Math.Max(0, Math.Min(page.SafeTake, count - page.SafeSkip))).Select(Row).ToList(), count, Totals, null));

    public Task<int> CountAsync(ReportFilter filter, CancellationToken cancellationToken = default) => Task.FromResult(count);

    public async IAsyncEnumerable<ReportRow> RowsAsync(ReportFilter filter, ReportSort? sort, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var n = 1; n <= count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (beforeRow is not null)
            {
                await beforeRow(n, cancellationToken);
            }

            Read = n;
            yield return Row(n);
            await Task.Yield();
        }
    }

    public Task<ReportRow?> TotalsAsync(ReportFilter filter, CancellationToken cancellationToken = default) => Task.FromResult(Totals);

    public string FileName(ReportFilter filter) => "generated-jobs";

    public Task<IReadOnlyList<string[]>> DescribeAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string[]>>([["Period", $"{filter.Period.Describe()} ({filter.Period.FromText} to {filter.Period.ToText})"], ["Amounts in", "MYR"]]);

    private static ReportRow Row(int n) =>
        new([new DateOnly(2026, 11, 1 + ((n - 1) % 30)), $"Job {n}", n * 100m + 0.50m, n, n % 2 == 0 ? 33.3m : null, n * 1_000.25m]);

    /// <summary>Only three jobs have totals (601.50 and 6 hours): enough for the tests that read them.</summary>
    private ReportRow? Totals => count == 3 ? new ReportRow(["Total", null, 601.50m, 6, null, 6_001.5m]) : null;
}
