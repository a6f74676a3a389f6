using System.Globalization;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Reports;
using static BookingOps.Domain.Documents.DocumentPdfParts;

namespace BookingOps.Domain.Documents;

/// <summary>The business P&amp;L on landscape A4: letterhead, the range and basis, a chart of revenue against costs, the months and the expenses by category.</summary>
public static class ProfitAndLossPdf
{
    public static byte[] Render(ProfitAndLossReport report, DocumentHeader business, DateTimeOffset createdAt) =>
        Report(business, $"Profit and loss {report.Period.Describe()}", "PROFIT AND LOSS",
            [
                ["Period", Period(report.Period)],
                ["Currency", report.Currency],
                ["Basis", "Invoices issued net of voids; refunds paid out; crew fees of jobs in the period; commissions approved; approved expenses"],
            ],
            landscape: true, createdAt, c => Body(c, report));

    private static void Body(PdfComposer c, ProfitAndLossReport report)
    {
        BarChart(c, report.Months.Select(m => m.Label).ToList(), [("Net revenue", report.Months.Select(m => (double)m.NetRevenue).ToList()), ("Costs", report.Months.Select(m => (double)m.Costs).ToList())]);
        c.Space(10);

        var table = c.Table(
        [
            PdfColumn.Relative("Month"),
            PdfColumn.Fixed("Revenue", 76, PdfAlign.Right),
            PdfColumn.Fixed("Refunds", 70, PdfAlign.Right),
            PdfColumn.Fixed("Crew fees", 76, PdfAlign.Right),
            PdfColumn.Fixed("Commissions", 76, PdfAlign.Right),
            PdfColumn.Fixed("Expenses", 76, PdfAlign.Right),
            PdfColumn.Fixed("Profit", 80, PdfAlign.Right),
            PdfColumn.Fixed("Margin", 52, PdfAlign.Right),
        ]);
        foreach (var month in report.Months)
        {
            table.Row(Cells(report, month));
        }

        table.Row(PdfTextStyle.Bold(9), Cells(report, report.Total));

        if (report.ExpensesByCategory.Count > 0)
        {
            c.Space(14).Text("Expenses by category", PdfTextStyle.Bold(11)).Space(4);
            var categories = c.Table([PdfColumn.Relative("Category"), PdfColumn.Fixed("Kind", 90), PdfColumn.Fixed("Amount", 90, PdfAlign.Right)]);
            foreach (var category in report.ExpensesByCategory)
            {
                categories.Row(category.Category, category.Kind.ToString(), Money.Format(category.Amount, report.Currency));
            }
        }
    }

    private static string[] Cells(ProfitAndLossReport report, ProfitAndLossLine line) =>
    [
        line.Label,
        Money.Format(line.Revenue, report.Currency),
        Money.Format(line.Refunds, report.Currency),
        Money.Format(line.CrewFees, report.Currency),
        Money.Format(line.Commissions, report.Currency),
        Money.Format(line.Expenses, report.Currency),
        Money.Format(line.Profit, report.Currency),
        line.Margin is { } margin ? margin.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–",
    ];

    /// <summary>"November 2026 (1 Nov 2026 – 30 Nov 2026)" for a whole month; otherwise just the two days.</summary>
    private static string Period(ReportPeriod period)
    {
        var days = $"{Day(period.From)} – {Day(period.To)}";
        return period.Describe().Contains('–', StringComparison.Ordinal) ? days : $"{period.Describe()} ({days})";
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
