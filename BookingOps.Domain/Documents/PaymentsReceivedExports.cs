using System.Globalization;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;
using static BookingOps.Domain.Documents.DocumentPdfParts;
using static BookingOps.Domain.Documents.WorkbookCells;

namespace BookingOps.Domain.Documents;

/// <summary>Payments received as Excel (a sheet by method, a sheet by day) and as A4.</summary>
public static class PaymentsReceivedExports
{
    /// <summary>The row of column titles on each sheet; above it, the business and the range.</summary>
    public const int HeaderRow = 4;

    public static byte[] Workbook(PaymentsReport report, IReadOnlyList<PaymentDay> days, DocumentHeader business)
    {
        using var workbook = new XLWorkbook();
        var methods = Sheet(workbook, "By method", report, business, [("Method", 18), ("Payments", 12), ("Amount", 16)]);
        var row = HeaderRow;
        foreach (var method in report.ByMethod)
        {
            row++;
            methods.Cell(row, 1).Value = BillingDocuments.MethodName(method.Method);
            methods.Cell(row, 2).Value = method.Count;
            Money(methods.Cell(row, 3), method.Amount);
        }

        Total(methods, ++row, report.Count, [(3, report.Received)]);

        var daily = Sheet(workbook, "By day", report, business, [("Day", 14), ("Payments", 12), ("Cash", 16), ("Other", 16), ("Total", 16)]);
        row = HeaderRow;
        foreach (var day in days)
        {
            row++;
            Day(daily.Cell(row, 1), day.Day);
            daily.Cell(row, 2).Value = day.Count;
            Money(daily.Cell(row, 3), day.Cash);
            Money(daily.Cell(row, 4), day.Other);
            Money(daily.Cell(row, 5), day.Total);
        }

        Total(daily, ++row, report.Count, [(3, days.Sum(d => d.Cash)), (4, days.Sum(d => d.Other)), (5, report.Received)]);

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Pdf(PaymentsReport report, IReadOnlyList<PaymentDay> days, DocumentHeader business, DateTimeOffset createdAt)
    {
        using var logo = Logo(business);
        var document = PdfDocument.A4($"Payments received {report.Period.Describe()}", createdAt).PageNumbers(Small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(9);
        Letterhead(c, business, logo, thermal: false);
        c.Text("PAYMENTS RECEIVED", PdfTextStyle.Bold(16)).Space(4);
        Facts(c,
        [
            ["Period", $"{report.Period.Describe()} ({report.Period.FromText} to {report.Period.ToText})"],
            ["Received", $"{report.Currency} {Common.Money.Format(report.Received, report.Currency)} in {report.Count:N0} payments"],
            ["Still pending", $"{report.Currency} {Common.Money.Format(report.Pending, report.Currency)} on the period's invoices"],
        ]);
        c.Space(10);
        var methods = c.Table([PdfColumn.Relative("Method"), PdfColumn.Fixed("Payments", 70, PdfAlign.Right), PdfColumn.Fixed("Amount", 90, PdfAlign.Right)]);
        foreach (var method in report.ByMethod)
        {
            methods.Row(BillingDocuments.MethodName(method.Method), method.Count.ToString("N0", CultureInfo.InvariantCulture), Amount(report, method.Amount));
        }

        methods.Row(PdfTextStyle.Bold(9), "Total", report.Count.ToString("N0", CultureInfo.InvariantCulture), Amount(report, report.Received));
        c.Space(14).Text("By day", PdfTextStyle.Bold(11)).Space(4);
        var daily = c.Table([PdfColumn.Relative("Day"), PdfColumn.Fixed("Payments", 70, PdfAlign.Right), PdfColumn.Fixed("Cash", 90, PdfAlign.Right), PdfColumn.Fixed("Other", 90, PdfAlign.Right), PdfColumn.Fixed("Total", 90, PdfAlign.Right)]);
        foreach (var day in days)
        {
            daily.Row(day.Day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture), day.Count.ToString("N0", CultureInfo.InvariantCulture), Amount(report, day.Cash), Amount(report, day.Other), Amount(report, day.Total));
        }

        return document.ToBytes();
    }

    private static IXLWorksheet Sheet(XLWorkbook workbook, string name, PaymentsReport report, DocumentHeader business, (string Title, double Width)[] columns)
    {
        var sheet = workbook.Worksheets.Add(name);
        sheet.Cell(1, 1).Value = business.Name;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = $"Payments received · {report.Period.Describe()} · from {report.Period.FromText} to {report.Period.ToText} · amounts in {report.Currency}";
        for (var i = 0; i < columns.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).Value = columns[i].Title;
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.Row(HeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(HeaderRow);
        return sheet;
    }

    private static void Total(IXLWorksheet sheet, int row, int count, (int Column, decimal Amount)[] amounts)
    {
        sheet.Cell(row, 1).Value = "Total";
        sheet.Cell(row, 2).Value = count;
        foreach (var (column, amount) in amounts)
        {
            Money(sheet.Cell(row, column), amount);
        }

        sheet.Row(row).Style.Font.Bold = true;
    }

    private static string Amount(PaymentsReport report, decimal value) => Common.Money.Format(value, report.Currency);
}
