using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;

namespace BookingOps.Tests.Documents;

/// <summary>Invoice aging as Excel and PDF, read back.</summary>
public sealed class ReceivablesAgingExportTests
{
    private static readonly DocumentHeader Business = new("Maju Events Sdn Bhd", null, "SST", null, [], "03-5555 1234", null, null);

    private static readonly AgingCustomer[] Customers =
    [
        new(2, "Zainal Events", "013-222 1111", 2, new DateOnly(2026, 8, 1), new AgingAmounts(0m, 100m, 0m, 0m, 795m)),
        new(1, "Aminah Weddings", "012-345 6789", 1, new DateOnly(2026, 11, 30), new AgingAmounts(500m, 0m, 0m, 0m, 0m)),
    ];

    private static readonly AgingReport Report = new(new DateOnly(2026, 11, 21), "MYR", new AgingAmounts(500m, 100m, 0m, 0m, 795m), 3, new PagedResult<AgingCustomer>(Customers, 2));

    [Fact]
    public void The_workbook_lists_each_customer_by_bucket_with_a_bold_total()
    {
        using var stream = new MemoryStream(ReceivablesAgingExports.Workbook(Report, Customers, Business));
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheet("Aging by customer");
        const int header = WorkbookCells.ReportHeaderRow;

        Assert.Equal(["Customer", "Phone", "Invoices", "Oldest due", "Not yet due", "1–30 days", "31–60 days", "61–90 days", "Over 90 days", "Total owed"],
            Enumerable.Range(1, 10).Select(c => sheet.Cell(header, c).GetString()));
        Assert.Equal(header, sheet.SheetView.SplitRow);
        Assert.Equal(("Zainal Events", new DateTime(2026, 8, 1), 795m, 895m), (sheet.Cell(header + 1, 1).GetString(), sheet.Cell(header + 1, 4).GetDateTime(), sheet.Cell(header + 1, 9).GetValue<decimal>(), sheet.Cell(header + 1, 10).GetValue<decimal>()));
        Assert.Equal(("Total", 3, 1_395m, true), (sheet.Cell(header + 3, 1).GetString(), sheet.Cell(header + 3, 3).GetValue<int>(), sheet.Cell(header + 3, 10).GetValue<decimal>(), sheet.Cell(header + 3, 10).Style.Font.Bold));
    }

    [Fact]
    public void The_pdf_shows_the_day_each_customer_and_the_totals()
    {
        var text = Poppler.Text(ReceivablesAgingExports.Pdf(Report, Customers, Business, BookingOps.Tests.Infrastructure.TestTime.Now));

        Assert.Contains("INVOICE AGING", text, StringComparison.Ordinal);
        Assert.Contains("21 Nov 2026", text, StringComparison.Ordinal);
        Assert.Matches(@"Zainal Events\s+1 Aug 2026\s+0\.00\s+100\.00\s+0\.00\s+0\.00\s+795\.00\s+895\.00", text);
        Assert.Matches(@"Total\s+500\.00\s+100\.00\s+0\.00\s+0\.00\s+795\.00\s+1,395\.00", text);
    }
}
