using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;

namespace BookingOps.Tests.Documents;

/// <summary>The P&amp;L's PDF as pdftotext reads it back, and its workbook as ClosedXML opens it. Run with BOOKINGOPS_PDF_OUT=/some/folder to look at the page.</summary>
public sealed class ProfitAndLossExportTests
{
    private static readonly DocumentHeader Business = new("Maju Events Sdn Bhd", "202301012345", "SST", null, ["12 Jalan Kenari", "47100 Puchong"], "03-5555 1234", null, null);

    private static readonly ProfitAndLossReport Report = new(
        new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30)),
        "MYR",
        [
            new("Oct 2026", new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)), 0m, 0m, 200m, 0m, 45.60m),
            new("Nov 2026", new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), 3_445m, 100m, 300m, 132.50m, 500m),
        ],
        new("Total", new ReportPeriod(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 30)), 3_445m, 100m, 500m, 132.50m, 545.60m),
        [new("Travel", ExpenseKind.Crew, 45.60m), new("Fuel", ExpenseKind.Overhead, 500m)]);

    [Fact]
    public void The_pdf_is_landscape_with_the_letterhead_the_range_each_month_and_the_totals()
    {
        var pdf = ProfitAndLossPdf.Render(Report, Business, BookingOps.Tests.Infrastructure.TestTime.Now);
        Assert.Single(Poppler.Render(pdf, "profit-and-loss", dpi: 80));

        Assert.Contains("Page size:       841.89 x 595.28 pts (A4)", Poppler.Info(pdf), StringComparison.Ordinal);
        var text = Poppler.Text(pdf);
        Assert.Contains("Maju Events Sdn Bhd", text, StringComparison.Ordinal);
        Assert.Contains("PROFIT AND LOSS", text, StringComparison.Ordinal);
        Assert.Contains("1 Oct 2026 – 30 Nov 2026", text, StringComparison.Ordinal);
        Assert.Matches(@"Oct 2026\s+0\.00\s+0\.00\s+200\.00\s+0\.00\s+45\.60\s+-245\.60\s+–", text);
        Assert.Matches(@"Nov 2026\s+3,445\.00\s+100\.00\s+300\.00\s+132\.50\s+500\.00\s+2,412\.50\s+72\.1 %", text);
        Assert.Matches(@"Total\s+3,445\.00\s+100\.00\s+500\.00\s+132\.50\s+545\.60\s+2,166\.90\s+64\.8 %", text);
        Assert.Matches(@"Fuel\s+Overhead\s+500\.00", text);
        Assert.Contains("Page 1 of 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_has_a_sheet_per_table_with_real_numbers_and_dates_a_frozen_bold_header_and_bold_totals()
    {
        using var stream = new MemoryStream(ProfitAndLossWorkbook.Render(Report, Business));
        using var workbook = new XLWorkbook(stream);

        Assert.Equal(["P&L by month", "Expenses by category"], workbook.Worksheets.Select(s => s.Name));
        var months = workbook.Worksheet("P&L by month");
        const int header = WorkbookCells.ReportHeaderRow;
        Assert.Equal(("Maju Events Sdn Bhd", "Month", "Profit"), (months.Cell(1, 1).GetString(), months.Cell(header, 1).GetString(), months.Cell(header, 10).GetString()));
        Assert.True(months.Cell(header, 1).Style.Font.Bold);
        Assert.Equal(header, months.SheetView.SplitRow);
        Assert.Equal(XLDataType.DateTime, months.Cell(header + 1, 2).DataType);
        Assert.Equal(new DateTime(2026, 10, 1), months.Cell(header + 1, 2).GetDateTime());
        Assert.Equal((XLDataType.Number, "#,##0.00"), (months.Cell(header + 2, 4).DataType, months.Cell(header + 2, 4).Style.NumberFormat.Format));
        Assert.Equal(3_445m, months.Cell(header + 2, 4).GetValue<decimal>());
        Assert.Equal(("Total", 2_166.90m, true), (months.Cell(header + 3, 1).GetString(), months.Cell(header + 3, 10).GetValue<decimal>(), months.Cell(header + 3, 10).Style.Font.Bold));

        var categories = workbook.Worksheet("Expenses by category");
        Assert.Equal(("Total", 545.60m), (categories.Cell(header + 3, 1).GetString(), categories.Cell(header + 3, 3).GetValue<decimal>()));
    }
}
