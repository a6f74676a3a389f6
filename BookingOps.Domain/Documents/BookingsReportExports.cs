using System.Globalization;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;
using static BookingOps.Domain.Documents.DocumentPdfParts;
using static BookingOps.Domain.Documents.WorkbookCells;

namespace BookingOps.Domain.Documents;

/// <summary>The bookings report as Excel (by status, by service type) and as A4.</summary>
public static class BookingsReportExports
{
    public static byte[] Workbook(BookingsReport report, DocumentHeader business)
    {
        using var workbook = new XLWorkbook();
        var title = $"Bookings · {report.Period.Describe()} · {report.Period.FromText} to {report.Period.ToText} · values in {report.Currency}";
        var statuses = ReportSheet(workbook, "By status", business.Name, title, [("Status", 16), ("Bookings", 12)]);
        var row = ReportHeaderRow;
        foreach (var (status, count) in report.ByStatus)
        {
            row++;
            statuses.Cell(row, 1).Value = Booking.Describe(status);
            statuses.Cell(row, 2).Value = count;
        }

        TotalsRow(statuses, ++row);
        statuses.Cell(row, 2).Value = report.Total;

        var types = ReportSheet(workbook, "By service type", business.Name, title, [("Service type", 32), ("Bookings", 12), ("Completed", 12), ("Cancelled", 12), ("Completion %", 14), ("Value", 16)]);
        row = ReportHeaderRow;
        foreach (var line in report.ByServiceType)
        {
            row++;
            types.Cell(row, 1).Value = line.ServiceType;
            types.Cell(row, 2).Value = line.Bookings;
            types.Cell(row, 3).Value = line.Completed;
            types.Cell(row, 4).Value = line.Cancelled;
            if (line.CompletionPercent is { } percent)
            {
                types.Cell(row, 5).Value = percent;
                types.Cell(row, 5).Style.NumberFormat.Format = "0.0";
            }

            Money(types.Cell(row, 6), line.Value);
        }

        TotalsRow(types, ++row);
        types.Cell(row, 2).Value = report.Total;
        Money(types.Cell(row, 6), report.Value);
        return Bytes(workbook);
    }

    public static byte[] Pdf(BookingsReport report, DocumentHeader business, DateTimeOffset createdAt) =>
        Report(business, $"Bookings {report.Period.Describe()}", "BOOKINGS",
            [["Period", $"{report.Period.Describe()} ({report.Period.FromText} to {report.Period.ToText})"], ["Bookings", report.Total.ToString("N0", CultureInfo.InvariantCulture)], ["Value (not cancelled)", $"{report.Currency} {Common.Money.Format(report.Value, report.Currency)}"]],
            landscape: false, createdAt, c => Body(c, report));

    private static void Body(PdfComposer c, BookingsReport report)
    {
        var statuses = c.Table([PdfColumn.Relative("Status"), PdfColumn.Fixed("Bookings", 80, PdfAlign.Right)]);
        foreach (var (status, count) in report.ByStatus)
        {
            statuses.Row(Booking.Describe(status), count.ToString("N0", CultureInfo.InvariantCulture));
        }

        c.Space(14).Text("By service type", PdfTextStyle.Bold(11)).Space(4);
        var types = c.Table([PdfColumn.Relative("Service type"), PdfColumn.Fixed("Bookings", 60, PdfAlign.Right), PdfColumn.Fixed("Completed", 64, PdfAlign.Right), PdfColumn.Fixed("Cancelled", 64, PdfAlign.Right), PdfColumn.Fixed("Completion", 64, PdfAlign.Right), PdfColumn.Fixed("Value", 86, PdfAlign.Right)]);
        foreach (var line in report.ByServiceType)
        {
            types.Row(line.ServiceType, Count(line.Bookings), Count(line.Completed), Count(line.Cancelled),
                line.CompletionPercent is { } percent ? percent.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–", Common.Money.Format(line.Value, report.Currency));
        }

        types.Row(PdfTextStyle.Bold(9), "Total", Count(report.Total), "", "", "", Common.Money.Format(report.Value, report.Currency));
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
