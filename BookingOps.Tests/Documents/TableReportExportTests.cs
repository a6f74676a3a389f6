using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Infrastructure;
using ClosedXML.Excel;

namespace BookingOps.Tests.Documents;

/// <summary>Any table report as Excel and PDF, read back: here a report of generated jobs, as many as a test asks.</summary>
public sealed class TableReportExportTests
{
    private static readonly DocumentHeader Business = new("Maju Events Sdn Bhd", null, "SST", null, [], "03-5555 1234", null, null);
    private static readonly ReportFilter November = new(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));

    [Fact]
    public async Task The_workbook_has_the_business_and_filters_on_top_frozen_bold_titles_real_dates_and_numbers_and_bold_totals()
    {
        var report = new GeneratedJobsReport(3);
        var progress = new List<int>();
        using var stream = new MemoryStream();

        await TableReportExports.WriteWorkbookAsync(stream, report, November, sort: null, Business, new Recorded(progress), CancellationToken.None);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet("Generated jobs");
        const int header = WorkbookCells.ReportHeaderRow;
        Assert.Equal(("Maju Events Sdn Bhd", true), (sheet.Cell(1, 1).GetString(), sheet.Cell(1, 1).Style.Font.Bold));
        Assert.Equal("Generated jobs · Period: November 2026 (2026-11-01 to 2026-11-30) · Amounts in: MYR", sheet.Cell(2, 1).GetString());
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.Equal(["Day", "Job", "Fee", "Hours", "Margin"], Enumerable.Range(1, 5).Select(c => sheet.Cell(header, c).GetString()));
        Assert.True(sheet.Cell(header, 3).Style.Font.Bold);
        Assert.Equal(new DateTime(2026, 11, 2), sheet.Cell(header + 2, 1).GetDateTime());
        Assert.Equal((XLDataType.Number, 200.50m, WorkbookCells.MoneyFormat), (sheet.Cell(header + 2, 3).DataType, sheet.Cell(header + 2, 3).GetValue<decimal>(), sheet.Cell(header + 2, 3).Style.NumberFormat.Format));
        Assert.Equal((2, 33.3m), (sheet.Cell(header + 2, 4).GetValue<int>(), sheet.Cell(header + 2, 5).GetValue<decimal>()));
        Assert.True(sheet.Cell(header + 3, 5).IsEmpty());
        Assert.Equal((2_000.5m, ReportCells.QuantityFormat), (sheet.Cell(header + 2, 6).GetValue<decimal>(), sheet.Cell(header + 2, 6).Style.NumberFormat.Format));
        Assert.Equal(("Total", 601.50m, 6, true), (sheet.Cell(header + 4, 1).GetString(), sheet.Cell(header + 4, 3).GetValue<decimal>(), sheet.Cell(header + 4, 4).GetValue<int>(), sheet.Cell(header + 4, 3).Style.Font.Bold));
        Assert.Equal(3, progress.Last());
    }

    [Fact]
    public async Task A_large_workbook_streams_every_row_telling_its_progress_as_it_goes()
    {
        var report = new GeneratedJobsReport(20_000);
        var progress = new List<int>();
        using var stream = new MemoryStream();

        await TableReportExports.WriteWorkbookAsync(stream, report, November, sort: null, Business, new Recorded(progress), CancellationToken.None);

        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet(1);
        Assert.Equal(WorkbookCells.ReportHeaderRow + 20_000, sheet.LastRowUsed()!.RowNumber());
        Assert.Equal("Job 20000", sheet.Cell(WorkbookCells.ReportHeaderRow + 20_000, 2).GetString());
        Assert.Equal(Enumerable.Range(1, 40).Select(i => i * 500).Append(20_000), progress);
    }

    [Fact]
    public async Task A_cancelled_export_stops_reading_rows()
    {
        var report = new GeneratedJobsReport(20_000);
        using var cancel = new CancellationTokenSource();
        var progress = new Recorded([], after: 1_000, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => TableReportExports.WriteWorkbookAsync(Stream.Null, report, November, null, Business, progress, cancel.Token));

        Assert.InRange(report.Read, 1_000, 1_001);
    }

    [Fact]
    public async Task The_pdf_has_the_heading_the_filters_the_rows_and_the_totals()
    {
        var text = Poppler.Text(await TableReportExports.PdfAsync(new GeneratedJobsReport(3), November, null, Business, BookingOps.Tests.Infrastructure.TestTime.Now, null, CancellationToken.None));

        Assert.Contains("GENERATED JOBS", text, StringComparison.Ordinal);
        Assert.Matches(@"Period\s+November 2026 \(2026-11-01 to 2026-11-30\)", text);
        Assert.Matches(@"2 Nov 2026\s+Job 2\s+200\.50\s+2\s+33\.3 %", text);
        Assert.Matches(@"3 Nov 2026\s+Job 3\s+300\.50\s+3\s+–", text);
        Assert.Matches(@"Total\s+601\.50\s+6\s+–\s+6,001\.5", text);
        Assert.DoesNotContain("rows are shown", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_of_more_rows_than_people_read_stops_at_the_limit_and_says_so()
    {
        var pdf = await TableReportExports.PdfAsync(new GeneratedJobsReport(TableReportExports.MaxPdfRows + 10), November, null, Business, BookingOps.Tests.Infrastructure.TestTime.Now, null, CancellationToken.None);
        var text = Poppler.Text(pdf);

        Assert.Matches($@"\bJob {TableReportExports.MaxPdfRows}\b", text);
        Assert.DoesNotContain($"Job {TableReportExports.MaxPdfRows + 1}", text, StringComparison.Ordinal);
        Assert.Contains("The first 5,000 rows are shown; export to Excel for all of them.", text, StringComparison.Ordinal);
    }

    /// <summary>Progress as told, synchronously (Progress&lt;T&gt; would post it later); optionally cancelling after some rows.</summary>
    private sealed class Recorded(List<int> told, int? after = null, CancellationTokenSource? cancel = null) : IProgress<int>
    {
        public void Report(int value)
        {
            told.Add(value);
            if (value >= after)
            {
                cancel?.Cancel();
            }
        }
    }
}
