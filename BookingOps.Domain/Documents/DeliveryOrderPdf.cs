using System.Globalization;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Documents.Pdf;
using static BookingOps.Domain.Documents.DocumentPdfParts;

namespace BookingOps.Domain.Documents;

/// <summary>The delivery order as a PDF, on an A4 page or an 80 mm roll, from the model the print view renders.</summary>
public static class DeliveryOrderPdf
{
    public static byte[] Render(DeliveryOrderDocument order, PaperFormat format, DateTimeOffset createdAt)
    {
        var thermal = format == PaperFormat.Thermal;
        using var logo = Logo(order.Business);
        var name = $"{order.Title} {order.Number}";
        var document = thermal ? PdfDocument.Roll80(name, createdAt) : PdfDocument.A4(name, createdAt).PageNumbers(Small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(thermal ? 8 : 9);

        Letterhead(c, order.Business, logo, thermal);
        string[][] facts =
        [
            ["DO number", order.Number ?? "not yet issued"],
            ["Book", order.Book ?? "–"],
            ["Date", order.ScheduledOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)],
            ["Driver", order.Driver ?? "–"],
            ["Lorry", order.Lorry ?? "–"],
            ["Bin", order.Bin ?? "–"],
            ["Days on site", order.RentalDays.ToString(CultureInfo.InvariantCulture)],
            .. order.WeightKg is { } weight ? [["Weight", $"{weight.ToString("0.#", CultureInfo.InvariantCulture)} kg"]] : Array.Empty<string[]>(),
        ];
        if (thermal)
        {
            c.Text(order.Title.ToUpperInvariant(), PdfTextStyle.Bold(11), PdfAlign.Center).Space(4);
            Facts(c, facts);
            c.Space(6).Text("CUSTOMER", Small);
            Party(c, order.Customer);
            c.Space(4).Text("SITE", Small).Text(order.Site).Space(6);
        }
        else
        {
            c.Columns(
                left => Facts(left.Text(order.Title.ToUpperInvariant(), PdfTextStyle.Bold(16)).Space(4), facts),
                right => Party(right.Text("CUSTOMER", Small), order.Customer),
                split: 0.5);
            c.Space(6).Text("SITE", Small).Text(order.Site).Space(12);
        }

        var table = thermal
            ? c.Table([PdfColumn.Relative("Item"), PdfColumn.Fixed("Amount", 58, PdfAlign.Right)], headerFill: null)
            : c.Table(
            [
                PdfColumn.Relative("Description"),
                PdfColumn.Fixed("Qty", 50, PdfAlign.Right),
                PdfColumn.Fixed("Unit", 60),
                PdfColumn.Fixed("Unit price", 72, PdfAlign.Right),
                PdfColumn.Fixed("Amount", 72, PdfAlign.Right),
            ]);
        foreach (var line in order.Lines)
        {
            var quantity = line.Quantity.ToString("0.###", CultureInfo.InvariantCulture);
            if (thermal)
            {
                table.Row($"{line.Description}\n{quantity} {line.Unit} × {order.Amount(line.UnitPrice)}", order.Amount(line.Amount));
            }
            else
            {
                table.Row(line.Description, quantity, line.Unit, order.Amount(line.UnitPrice), order.Amount(line.Amount));
            }
        }

        c.Space(6).KeepTogether(totals =>
        {
            var indent = thermal ? 0 : totals.Width * 0.5;
            Grand(totals, $"Total ({order.Currency})", order.Amount(order.Total), indent);
            if (order.PaymentMethod is not null)
            {
                totals.Row("Payment", order.PaymentAmount is { } amount ? $"{order.PaymentMethod}, {order.Amount(amount)}" : order.PaymentMethod, indent: indent);
            }
        });

        if (order.Notes is not null)
        {
            c.Space(8).Text(order.Notes, Small);
        }

        c.Space(thermal ? 28 : 44).KeepTogether(signatures =>
        {
            if (thermal)
            {
                Signature(signatures, "Driver");
                signatures.Space(28);
                Signature(signatures, "Customer (name and signature)");
            }
            else
            {
                signatures.Columns(left => Signature(left, "Driver"), right => Signature(right, "Customer (name and signature)"), split: 0.5, gap: 40);
            }
        });
        return document.ToBytes();
    }

    private static void Signature(PdfComposer c, string label)
    {
        c.Page.DrawLine(c.Left, c.Y, c.Right, c.Y, width: 0.5);
        c.Space(3).Text(label, Small);
    }
}
