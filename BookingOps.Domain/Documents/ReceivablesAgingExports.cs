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

    /// <summary>The row of column titles on the customers sheet; above it, the business and the day.</summary>
    public const int HeaderRow = 4;

    public static byte[] Workbook(AgingReport report, IReadOnlyList<AgingCustomer> customers, DocumentHeader business)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Aging by customer");
        sheet.Cell(1, 1).Value = business.Name;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = $"Invoice aging as of {Day(report.AsOf)} · amounts in {report.Currency}";
        string[] titles = ["Customer", "Phone", "Invoices", "Oldest due", .. Buckets.Select(AgingAmounts.Label), "Total owed"];
        double[] widths = [30, 16, 10, 12, 13, 13, 13, 13, 13, 14];
        for (var i = 0; i < titles.Length; i++)
        {
            sheet.Cell(HeaderRow, i + 1).Value = titles[i];
            sheet.Column(i + 1).Width = widths[i];
        }

        sheet.Row(HeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(HeaderRow);
        var row = HeaderRow;
        foreach (var customer in customers)
        {
            row++;
            sheet.Cell(row, 1).Value = customer.Name;
            sheet.Cell(row, 2).Value = customer.Phone;
            sheet.Cell(row, 3).Value = customer.Invoices;
            WorkbookCells.Day(sheet.Cell(row, 4), customer.OldestDue);
            Amounts(sheet, row, customer.Amounts);
        }

        row++;
        sheet.Cell(row, 1).Value = "Total";
        sheet.Cell(row, 3).Value = report.InvoiceCount;
        Amounts(sheet, row, report.Totals);
        sheet.Row(row).Style.Font.Bold = true;

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Pdf(AgingReport report, IReadOnlyList<AgingCustomer> customers, DocumentHeader business, DateTimeOffset createdAt)
    {
        using var logo = Logo(business);
        var document = PdfDocument.A4Landscape($"Invoice aging {Day(report.AsOf)}", createdAt).PageNumbers(Small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(9);
        Letterhead(c, business, logo, thermal: false);
        c.Text("INVOICE AGING", PdfTextStyle.Bold(16)).Space(4);
        Facts(c, [["As of", Day(report.AsOf)], ["Currency", report.Currency], ["Open invoices", report.InvoiceCount.ToString("N0", CultureInfo.InvariantCulture)]]);
        c.Space(10);
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
        return document.ToBytes();
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
