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
    public static byte[] Workbook(PaymentsReport report, IReadOnlyList<PaymentDay> days, DocumentHeader business)
    {
        using var workbook = new XLWorkbook();
        var title = $"Payments received · {report.Period.Describe()} · {report.Period.FromText} to {report.Period.ToText} · amounts in {report.Currency}";
        var methods = ReportSheet(workbook, "By method", business.Name, title, [("Method", 18), ("Payments", 12), ("Amount", 16)]);
        var row = ReportHeaderRow;
        foreach (var method in report.ByMethod)
        {
            row++;
            methods.Cell(row, 1).Value = BillingDocuments.MethodName(method.Method);
            methods.Cell(row, 2).Value = method.Count;
            Money(methods.Cell(row, 3), method.Amount);
        }

        Total(methods, ++row, report.Count, [(3, report.Received)]);

        var daily = ReportSheet(workbook, "By day", business.Name, title, [("Day", 14), ("Payments", 12), ("Cash", 16), ("Other", 16), ("Total", 16)]);
        row = ReportHeaderRow;
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

        return Bytes(workbook);
    }

    public static byte[] Pdf(PaymentsReport report, IReadOnlyList<PaymentDay> days, DocumentHeader business, DateTimeOffset createdAt) =>
        Report(business, $"Payments received {report.Period.Describe()}", "PAYMENTS RECEIVED",
            [
                ["Period", $"{report.Period.Describe()} ({report.Period.FromText} to {report.Period.ToText})"],
                ["Received", $"{report.Currency} {Common.Money.Format(report.Received, report.Currency)} in {report.Count:N0} payments"],
                ["Still pending", $"{report.Currency} {Common.Money.Format(report.Pending, report.Currency)} on the period's invoices"],
            ],
            landscape: false, createdAt, c => Body(c, report, days));

    private static void Body(PdfComposer c, PaymentsReport report, IReadOnlyList<PaymentDay> days)
    {
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
    }


    private static void Total(IXLWorksheet sheet, int row, int count, (int Column, decimal Amount)[] amounts)
    {
        TotalsRow(sheet, row);
        sheet.Cell(row, 2).Value = count;
        foreach (var (column, amount) in amounts)
        {
            Money(sheet.Cell(row, column), amount);
        }
    }

    private static string Amount(PaymentsReport report, decimal value) => Common.Money.Format(value, report.Currency);
}
