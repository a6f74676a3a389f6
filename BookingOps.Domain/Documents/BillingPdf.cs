using System.Globalization;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents.Pdf;
using static BookingOps.Domain.Documents.DocumentPdfParts;

namespace BookingOps.Domain.Documents;

/// <summary>
/// Invoices and receipts as PDF, on an A4 page or an 80 mm roll, from the same models the print views
/// render, so both carry the same content.
/// </summary>
public static class BillingPdf
{
    public static byte[] Invoice(InvoiceDocument invoice, PaperFormat format, DateTimeOffset createdAt)
    {
        var thermal = format == PaperFormat.Thermal;
        using var logo = Logo(invoice.Business);
        var document = thermal
            ? PdfDocument.Roll80($"{invoice.Title} {invoice.Number}", createdAt)
            : PdfDocument.A4($"{invoice.Title} {invoice.Number}", createdAt).PageNumbers(Small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(thermal ? 8 : 9);

        Letterhead(c, invoice.Business, logo, thermal);
        string[][] facts =
        [
            ["Number", invoice.Number ?? "not yet issued"],
            ["Date", Date(invoice.IssuedOn)],
            ["Due", Date(invoice.DueDate)],
            .. invoice.BookingNumber is { } booking ? [["Booking", booking]] : Array.Empty<string[]>(),
        ];
        if (thermal)
        {
            c.Text(invoice.Title.ToUpperInvariant(), PdfTextStyle.Bold(11), PdfAlign.Center).Space(4);
            Facts(c, facts);
            c.Space(6).Text("BILL TO", Small);
            Party(c, invoice.Customer);
            c.Space(6);
        }
        else
        {
            c.Columns(
                left => Facts(left.Text(invoice.Title.ToUpperInvariant(), PdfTextStyle.Bold(16)).Space(4), facts),
                right => Party(right.Text("BILL TO", Small), invoice.Customer),
                split: 0.5);
            c.Space(14);
        }

        var table = thermal
            ? c.Table([PdfColumn.Relative("Description"), PdfColumn.Fixed("Amount", 58, PdfAlign.Right)], headerFill: null)
            : c.Table(
            [
                PdfColumn.Relative("Description"),
                PdfColumn.Fixed("Qty", 40, PdfAlign.Right),
                PdfColumn.Fixed("Unit price", 70, PdfAlign.Right),
                PdfColumn.Fixed("Discount", 58, PdfAlign.Right),
                PdfColumn.Fixed("Tax", 58, PdfAlign.Right),
                PdfColumn.Fixed("Amount", 72, PdfAlign.Right),
            ]);
        foreach (var line in invoice.Lines)
        {
            var quantity = line.Quantity.ToString("0.###", CultureInfo.InvariantCulture);
            if (thermal)
            {
                var detail = $"{quantity} × {invoice.Amount(line.UnitPrice)}{(line.TaxAmount == 0m ? string.Empty : $" + tax {invoice.Amount(line.TaxAmount)}")}";
                table.Row($"{line.Description}\n{detail}", invoice.Amount(line.LineTotal));
            }
            else
            {
                table.Row(line.Description, quantity, invoice.Amount(line.UnitPrice), Dash(invoice, line.DiscountAmount), Dash(invoice, line.TaxAmount), invoice.Amount(line.LineTotal));
            }
        }

        c.Space(6).KeepTogether(totals =>
        {
            var indent = thermal ? 0 : totals.Width * 0.5;
            totals.Row("Subtotal", invoice.Amount(invoice.Subtotal), indent: indent);
            if (invoice.Discount != 0m)
            {
                totals.Row("Discount", "-" + invoice.Amount(invoice.Discount), indent: indent);
            }

            totals.Row(invoice.Business.TaxName, invoice.Amount(invoice.Tax), indent: indent);
            foreach (var deduction in invoice.Deductions)
            {
                totals.Row($"Less {deduction.Number} of {Date(deduction.IssuedOn)}", "-" + invoice.Amount(deduction.Amount), indent: indent);
            }

            Grand(totals, $"Total ({invoice.Currency})", invoice.Amount(invoice.Total), indent);
            totals.Row("Paid", invoice.Amount(invoice.Paid), indent: indent);
            if (invoice.Refunded != 0m)
            {
                totals.Row("Refunded", "-" + invoice.Amount(invoice.Refunded), indent: indent);
            }

            Grand(totals, "Balance due", invoice.Amount(invoice.Balance), indent);
        });

        c.Space(thermal ? 8 : 18).Text(invoice.PaymentTerms, Small);
        if (invoice.Notes is not null)
        {
            c.Space(4).Text(invoice.Notes, Small);
        }

        return document.ToBytes();
    }

    public static byte[] Receipt(ReceiptDocument receipt, PaperFormat format, DateTimeOffset createdAt)
    {
        var thermal = format == PaperFormat.Thermal;
        using var logo = Logo(receipt.Business);
        var document = thermal ? PdfDocument.Roll80($"Receipt {receipt.ReceiptNumber}", createdAt) : PdfDocument.A4($"Receipt {receipt.ReceiptNumber}", createdAt);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(thermal ? 8 : 10);

        Letterhead(c, receipt.Business, logo, thermal);
        c.Text("OFFICIAL RECEIPT", PdfTextStyle.Bold(thermal ? 11 : 16), thermal ? PdfAlign.Center : PdfAlign.Left).Space(6);
        var indent = thermal ? 0 : c.Width * 0.35;
        c.Row("Receipt", receipt.ReceiptNumber, rightStyle: PdfTextStyle.Bold(c.Style.Size), indent: indent)
            .Row("Date", receipt.ReceivedOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture), indent: indent)
            .Row("Received from", receipt.Customer.Name, indent: indent)
            .Row("Invoice", receipt.InvoiceNumber ?? "–", indent: indent);
        if (receipt.BookingNumber is not null)
        {
            c.Row("Booking", receipt.BookingNumber, indent: indent);
        }

        c.Row("Method", receipt.Method, indent: indent);
        if (receipt.Reference is not null)
        {
            c.Row("Reference", receipt.Reference, indent: indent);
        }

        c.Space(4);
        Grand(c, $"Amount received ({receipt.Currency})", receipt.Format(receipt.Amount), indent);
        c.Row("Invoice total", receipt.Format(receipt.InvoiceTotal), indent: indent)
            .Row("Paid to date", receipt.Format(receipt.PaidToDate), indent: indent);
        Grand(c, "Balance", receipt.Format(receipt.BalanceAfter), indent);
        c.Space(thermal ? 8 : 18).Text($"Received by {receipt.ReceivedBy}. Thank you.", Small, thermal ? PdfAlign.Center : PdfAlign.Left);
        return document.ToBytes();
    }

    private static string Dash(InvoiceDocument invoice, decimal amount) => amount == 0m ? "–" : invoice.Amount(amount);

    private static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "–";
}
