using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;

namespace BookingOps.Tests.Documents;

/// <summary>Payments received as Excel and PDF, read back.</summary>
public sealed class PaymentsReceivedExportTests
{
    private static readonly DocumentHeader Business = new("Maju Events Sdn Bhd", null, "SST", null, [], "03-5555 1234", null, null);

    private static readonly PaymentDay[] Days =
    [
        new(new DateOnly(2026, 11, 23), 1, 100m, 0m),
        new(new DateOnly(2026, 11, 22), 2, 300m, 200m),
    ];

    private static readonly PaymentsReport Report = new(
        new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), "MYR", 3, 600m, 2_050m,
        [new(PaymentMethod.Cash, 2, 400m), new(PaymentMethod.Online, 1, 200m)],
        new PagedResult<PaymentDay>(Days, 2));

    [Fact]
    public void The_workbook_has_a_sheet_by_method_and_one_by_day_with_dates_numbers_and_bold_totals()
    {
        using var stream = new MemoryStream(PaymentsReceivedExports.Workbook(Report, Days, Business));
        using var workbook = new XLWorkbook(stream);
        const int header = WorkbookCells.ReportHeaderRow;

        var methods = workbook.Worksheet("By method");
        Assert.Equal(("Cash", 2, 400m), (methods.Cell(header + 1, 1).GetString(), methods.Cell(header + 1, 2).GetValue<int>(), methods.Cell(header + 1, 3).GetValue<decimal>()));
        Assert.Equal(("Total", 600m, true), (methods.Cell(header + 3, 1).GetString(), methods.Cell(header + 3, 3).GetValue<decimal>(), methods.Cell(header + 3, 3).Style.Font.Bold));
        var days = workbook.Worksheet("By day");
        Assert.Equal(header, days.SheetView.SplitRow);
        Assert.Equal((new DateTime(2026, 11, 23), 100m), (days.Cell(header + 1, 1).GetDateTime(), days.Cell(header + 1, 5).GetValue<decimal>()));
        Assert.Equal(("Total", 400m, 200m, 600m), (days.Cell(header + 3, 1).GetString(), days.Cell(header + 3, 3).GetValue<decimal>(), days.Cell(header + 3, 4).GetValue<decimal>(), days.Cell(header + 3, 5).GetValue<decimal>()));
    }

    [Fact]
    public void The_pdf_shows_the_range_the_methods_and_each_day()
    {
        var text = Poppler.Text(PaymentsReceivedExports.Pdf(Report, Days, Business, BookingOps.Tests.Infrastructure.TestTime.Now));

        Assert.Contains("PAYMENTS RECEIVED", text, StringComparison.Ordinal);
        Assert.Contains("November 2026 (2026-11-01 to 2026-11-30)", text, StringComparison.Ordinal);
        Assert.Matches(@"MYR 2,050\.00 on the period's invoices", text);
        Assert.Matches(@"Online transfer\s+1\s+200\.00", text);
        Assert.Matches(@"Sun 22 Nov 2026\s+2\s+300\.00\s+200\.00\s+500\.00", text);
    }
}
