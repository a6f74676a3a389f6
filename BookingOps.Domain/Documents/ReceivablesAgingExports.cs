using System.Globalization;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;
using static BookingOps.Domain.Documents.DocumentPdfParts;
using static BookingOps.Domain.Documents.WorkbookCells;

namespace BookingOps.Domain.Documents;

/// <summary>Invoice aging as Excel and as landscape A4: the totals by bucket, then every customer who owes.</summary>
public static class ReceivablesAgingExports
{
    private static readonly AgingBucket[] Buckets = Enum.GetValues<AgingBucket>();

    public static byte[] Workbook(AgingReport report, IReadOnlyList<AgingCustomer> customers, DocumentHeader business)
    {
        using var workbook = new XLWorkbook();
        var sheet = ReportSheet(workbook, "Aging by customer", business.Name, $"Invoice aging as of {Day(report.AsOf)} · amounts in {report.Currency}",
            [("Customer", 30), ("Phone", 16), ("Invoices", 10), ("Oldest due", 12), .. Buckets.Select(b => (AgingAmounts.Label(b), 13d)), ("Total owed", 14)]);
        var row = ReportHeaderRow;
        foreach (var customer in customers)
        {
            row++;
            sheet.Cell(row, 1).Value = customer.Name;
            sheet.Cell(row, 2).Value = customer.Phone;
            sheet.Cell(row, 3).Value = customer.Invoices;
            WorkbookCells.Day(sheet.Cell(row, 4), customer.OldestDue);
            Amounts(sheet, row, customer.Amounts);
        }

        TotalsRow(sheet, ++row);
        sheet.Cell(row, 3).Value = report.InvoiceCount;
        Amounts(sheet, row, report.Totals);
        return Bytes(workbook);
    }

    public static byte[] Pdf(AgingReport report, IReadOnlyList<AgingCustomer> customers, DocumentHeader business, DateTimeOffset createdAt) =>
        Report(business, $"Invoice aging {Day(report.AsOf)}", "INVOICE AGING",
            [["As of", Day(report.AsOf)], ["Currency", report.Currency], ["Open invoices", report.InvoiceCount.ToString("N0", CultureInfo.InvariantCulture)]],
            landscape: true, createdAt, c => Body(c, report, customers));

    private static void Body(PdfComposer c, AgingReport report, IReadOnlyList<AgingCustomer> customers)
    {
        var table = c.Table(
        [
            PdfColumn.Relative("Customer"),
            PdfColumn.Fixed("Oldest due", 64),
            .. Buckets.Select(b => PdfColumn.Fixed(AgingAmounts.Label(b), 74, PdfAlign.Right)),
            PdfColumn.Fixed("Total owed", 80, PdfAlign.Right),
        ]);
        foreach (var customer in customers)
        {
            table.Row([customer.Name, Day(customer.OldestDue), .. Cells(report, customer.Amounts)]);
        }

        table.Row(PdfTextStyle.Bold(9), ["Total", "", .. Cells(report, report.Totals)]);
    }

    private static void Amounts(IXLWorksheet sheet, int row, AgingAmounts amounts)
    {
        for (var i = 0; i < Buckets.Length; i++)
        {
            Money(sheet.Cell(row, 5 + i), amounts[Buckets[i]]);
        }

        Money(sheet.Cell(row, 5 + Buckets.Length), amounts.Total);
    }

    private static IEnumerable<string> Cells(AgingReport report, AgingAmounts amounts) =>
        Buckets.Select(b => Common.Money.Format(amounts[b], report.Currency)).Append(Common.Money.Format(amounts.Total, report.Currency));

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
