using ClosedXML.Excel;

namespace BookingOps.Domain.Documents;

/// <summary>
/// How every exported workbook is laid out: dates and money as real dates and numbers shown the way the business
/// reads them, and each report's sheet under the business's name and the report's filters.
/// </summary>
public static class WorkbookCells
{
    /// <summary>A report sheet's row of column titles: the business and the report with its filters are above it.</summary>
    public const int ReportHeaderRow = 4;

    public const string MoneyFormat = "#,##0.00";
    public const string DayFormat = "d mmm yyyy";

    public static void Day(IXLCell cell, DateOnly day)
    {
        cell.Value = day.ToDateTime(TimeOnly.MinValue);
        cell.Style.DateFormat.Format = DayFormat;
    }

    public static void Money(IXLCell cell, decimal amount)
    {
        cell.Value = amount;
        cell.Style.NumberFormat.Format = MoneyFormat;
    }

    /// <summary>A report's sheet: the business on top, then the report and its filters, then bold column titles frozen in place.</summary>
    public static IXLWorksheet ReportSheet(XLWorkbook workbook, string name, string business, string report, IReadOnlyList<(string Title, double Width)> columns)
    {
        var sheet = workbook.Worksheets.Add(name);
        sheet.Cell(1, 1).Value = business;
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = report;
        for (var i = 0; i < columns.Count; i++)
        {
            sheet.Cell(ReportHeaderRow, i + 1).Value = columns[i].Title;
            sheet.Column(i + 1).Width = columns[i].Width;
        }

        sheet.Row(ReportHeaderRow).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(ReportHeaderRow);
        return sheet;
    }

    /// <summary>A totals row: its label in the first column, in bold.</summary>
    public static void TotalsRow(IXLWorksheet sheet, int row)
    {
        sheet.Cell(row, 1).Value = "Total";
        sheet.Row(row).Style.Font.Bold = true;
    }

    public static byte[] Bytes(XLWorkbook workbook)
    {
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }
}
