using BookingOps.Domain.Billing;
using BookingOps.Domain.Reports;
using ClosedXML.Excel;
using static BookingOps.Domain.Documents.WorkbookCells;

namespace BookingOps.Domain.Documents;

/// <summary>
/// The business P&amp;L as an Excel workbook, one sheet per table: real numbers and dates, the business and the
/// range above each table (<see cref="WorkbookCells.ReportSheet"/>), and a bold totals row.
/// </summary>
public static class ProfitAndLossWorkbook
{
    public static byte[] Render(ProfitAndLossReport report, DocumentHeader business)
    {
        using var workbook = new XLWorkbook();
        var title = $"Profit and loss · {report.Period.Describe()} · {report.Period.FromText} to {report.Period.ToText} · amounts in {report.Currency}";
        var months = ReportSheet(workbook, "P&L by month", business.Name, title,
            [("Month", 12), ("From", 12), ("To", 12), ("Revenue", 14), ("Refunds", 14), ("Net revenue", 14), ("Crew fees", 14), ("Commissions", 14), ("Expenses", 14), ("Profit", 14), ("Margin %", 10)]);
        var row = ReportHeaderRow;
        foreach (var line in report.Months.Append(report.Total))
        {
            row++;
            months.Cell(row, 1).Value = line.Label;
            Day(months.Cell(row, 2), line.Period.From);
            Day(months.Cell(row, 3), line.Period.To);
            decimal[] amounts = [line.Revenue, line.Refunds, line.NetRevenue, line.CrewFees, line.Commissions, line.Expenses, line.Profit];
            for (var i = 0; i < amounts.Length; i++)
            {
                Money(months.Cell(row, 4 + i), amounts[i]);
            }

            if (line.Margin is { } margin)
            {
                months.Cell(row, 11).Value = margin;
                months.Cell(row, 11).Style.NumberFormat.Format = "0.0";
            }
        }

        months.Row(row).Style.Font.Bold = true;

        var categories = ReportSheet(workbook, "Expenses by category", business.Name, title, [("Category", 28), ("Kind", 12), ("Amount", 14)]);
        row = ReportHeaderRow;
        foreach (var category in report.ExpensesByCategory)
        {
            row++;
            categories.Cell(row, 1).Value = category.Category;
            categories.Cell(row, 2).Value = category.Kind.ToString();
            Money(categories.Cell(row, 3), category.Amount);
        }

        TotalsRow(categories, ++row);
        Money(categories.Cell(row, 3), report.ExpensesByCategory.Sum(c => c.Amount));
        return Bytes(workbook);
    }
}
