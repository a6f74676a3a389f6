using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;

namespace BookingOps.Tests.Documents;

/// <summary>The bookings report as Excel and PDF, read back.</summary>
public sealed class BookingsReportExportTests
{
    private static readonly DocumentHeader Business = new("Maju Events Sdn Bhd", null, "SST", null, [], "03-5555 1234", null, null);

    private static readonly BookingsReport Report = new(
        new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)),
        "MYR",
        new Dictionary<BookingStatus, int> { [BookingStatus.Tentative] = 0, [BookingStatus.Confirmed] = 1, [BookingStatus.InProgress] = 0, [BookingStatus.Completed] = 1, [BookingStatus.Cancelled] = 1 },
        [new("Wedding dance show", 2, 1, 1, 2_650m), new("Lion dance", 1, 0, 0, 2_650m)]);

    [Fact]
    public void The_workbook_counts_by_status_and_service_type_with_bold_totals()
    {
        using var stream = new MemoryStream(BookingsReportExports.Workbook(Report, Business));
        using var workbook = new XLWorkbook(stream);
        const int header = WorkbookCells.ReportHeaderRow;

        var statuses = workbook.Worksheet("By status");
        Assert.Equal(("confirmed", 1), (statuses.Cell(header + 2, 1).GetString(), statuses.Cell(header + 2, 2).GetValue<int>()));
        Assert.Equal(("Total", 3), (statuses.Cell(header + 6, 1).GetString(), statuses.Cell(header + 6, 2).GetValue<int>()));
        var types = workbook.Worksheet("By service type");
        Assert.Equal(("Wedding dance show", 100m, 2_650m), (types.Cell(header + 1, 1).GetString(), types.Cell(header + 1, 5).GetValue<decimal>(), types.Cell(header + 1, 6).GetValue<decimal>()));
        Assert.Equal(("Total", 5_300m, true), (types.Cell(header + 3, 1).GetString(), types.Cell(header + 3, 6).GetValue<decimal>(), types.Cell(header + 3, 6).Style.Font.Bold));
    }

    [Fact]
    public void The_pdf_shows_the_range_and_each_service_type()
    {
        var text = Poppler.Text(BookingsReportExports.Pdf(Report, Business, BookingOps.Tests.Infrastructure.TestTime.Now));

        Assert.Contains("BOOKINGS", text, StringComparison.Ordinal);
        Assert.Contains("November 2026 (2026-11-01 to 2026-11-30)", text, StringComparison.Ordinal);
        Assert.Matches(@"Wedding dance show\s+2\s+1\s+1\s+100\.0 %\s+2,650\.00", text);
        Assert.Matches(@"Total\s+3\s+5,300\.00", text);
    }
}
