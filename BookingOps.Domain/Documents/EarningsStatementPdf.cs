using System.Globalization;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Payouts;
using static BookingOps.Domain.Documents.DocumentPdfParts;

namespace BookingOps.Domain.Documents;

/// <summary>An earnings statement on A4: the business's letterhead, the person and period, every line, and the balances.</summary>
public static class EarningsStatementPdf
{
    public static byte[] Render(EarningsStatement statement, DateTimeOffset createdAt)
    {
        using var logo = Logo(statement.Business);
        var document = PdfDocument.A4($"Earnings statement {statement.Name}", createdAt).PageNumbers(Small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(9);
        Letterhead(c, statement.Business, logo, thermal: false);
        c.Text("EARNINGS STATEMENT", PdfTextStyle.Bold(16)).Space(4);
        Facts(c,
        [
            ["Crew member", statement.Name],
            ["Period", $"{Day(statement.From)} – {Day(statement.To)}"],
            ["Currency", statement.Currency],
        ]);
        c.Space(10);

        var table = c.Table(
        [
            PdfColumn.Fixed("Date", 70),
            PdfColumn.Fixed("Reference", 96),
            PdfColumn.Relative("Description"),
            PdfColumn.Fixed("Earned", 70, PdfAlign.Right),
            PdfColumn.Fixed("Paid", 70, PdfAlign.Right),
        ]);
        foreach (var line in statement.Lines)
        {
            table.Row(Day(line.On), line.Reference, line.Description, Money(statement, line.Earned), Money(statement, line.Paid));
        }

        c.Space(6).KeepTogether(totals =>
        {
            var indent = totals.Width * 0.5;
            totals.Row("Owed at the start", statement.Amount(statement.Opening), indent: indent);
            totals.Row("Earned in the period", statement.Amount(statement.Earned), indent: indent);
            totals.Row("Paid in the period", statement.Amount(statement.Paid), indent: indent);
            Grand(totals, $"Owed at the end ({statement.Currency})", statement.Amount(statement.Closing), indent);
        });
        return document.ToBytes();
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Money(EarningsStatement statement, decimal value) => value == 0m ? "" : statement.Amount(value);
}
