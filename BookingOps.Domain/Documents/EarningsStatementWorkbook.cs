using BookingOps.Domain.Payouts;
using ClosedXML.Excel;
using static BookingOps.Domain.Documents.WorkbookCells;

namespace BookingOps.Domain.Documents;

/// <summary>An earnings statement as an Excel workbook: dates as dates and amounts as numbers, so it sums and sorts in Excel.</summary>
public static class EarningsStatementWorkbook
{
    public static byte[] Render(EarningsStatement statement)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Statement");
        sheet.Cell(1, 1).Value = $"Earnings statement · {statement.Name}";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(2, 1).Value = statement.Business.Name;
        sheet.Cell(3, 1).Value = "From";
        Day(sheet.Cell(3, 2), statement.From);
        sheet.Cell(4, 1).Value = "To";
        Day(sheet.Cell(4, 2), statement.To);
        sheet.Cell(5, 1).Value = "Currency";
        sheet.Cell(5, 2).Value = statement.Currency;

        const int header = 7;
        string[] titles = ["Date", "Entry", "Reference", "Description", "Earned", "Paid"];
        for (var i = 0; i < titles.Length; i++)
        {
            sheet.Cell(header, i + 1).Value = titles[i];
        }

        sheet.Row(header).Style.Font.Bold = true;
        var row = header;
        foreach (var line in statement.Lines)
        {
            row++;
            Day(sheet.Cell(row, 1), line.On);
            sheet.Cell(row, 2).Value = line.Entry.ToString();
            sheet.Cell(row, 3).Value = line.Reference;
            sheet.Cell(row, 4).Value = line.Description;
            Money(sheet.Cell(row, 5), line.Earned);
            Money(sheet.Cell(row, 6), line.Paid);
        }

        row += 2;
        foreach (var (label, amount) in new[] { ("Owed at the start", statement.Opening), ("Earned in the period", statement.Earned), ("Paid in the period", statement.Paid), ("Owed at the end", statement.Closing) })
        {
            sheet.Cell(row, 4).Value = label;
            Money(sheet.Cell(row, 6), amount);
            row++;
        }

        sheet.Cell(row - 1, 4).Style.Font.Bold = true;
        sheet.Cell(row - 1, 6).Style.Font.Bold = true;
        sheet.Column(1).Width = 12;
        sheet.Column(2).Width = 10;
        sheet.Column(3).Width = 18;
        sheet.Column(4).Width = 44;
        sheet.Column(5).Width = 12;
        sheet.Column(6).Width = 12;

        return Bytes(workbook);
    }
}
