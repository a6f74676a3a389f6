using System.Globalization;
using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Tests.Documents;

/// <summary>
/// Whole documents shaped like the invoices and receipts the writer is for, rendered by pdftoppm.
/// Run with BOOKINGOPS_PDF_OUT=/some/folder to look at the pages.
/// </summary>
public sealed class PdfSampleTests
{
    private static readonly DateTimeOffset Issued = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_invoice_lays_out_and_renders_over_pages()
    {
        var pdf = Invoice(lines: 45);

        var pages = Poppler.Render(pdf, "invoice");

        Assert.True(pages.Count >= 2);
        Assert.All(pages, png => Assert.Equal((414, 585), PngSize(png)));
        var first = Poppler.Text(pdf, 1);
        Assert.Contains("Acme Dance Co.", first, StringComparison.Ordinal);
        Assert.Contains("INV-2026-00001", first, StringComparison.Ordinal);
        var last = Poppler.Text(pdf, pages.Count);
        Assert.Matches(@"Total due\s+RM 84,694.00", last);
        Assert.Contains($"Page {pages.Count} of {pages.Count}", last, StringComparison.Ordinal);
    }

    [Fact]
    public void A_receipt_lays_out_on_one_roll_and_renders()
    {
        var document = PdfDocument.Roll80("Receipt RCT-2026-00042", Issued);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(8);
        using var logo = PdfImage.Load(Logo());
        c.Image(logo, maxWidth: 60, maxHeight: 40, PdfAlign.Center)
            .Text("Acme Dance Co.", PdfTextStyle.Bold(11), PdfAlign.Center)
            .Text("12 Jalan Ampang, Kuala Lumpur\nTel +60 3-1234 5678", align: PdfAlign.Center)
            .Rule(gray: 0, spacing: 10)
            .Row("Receipt", "RCT-2026-00042", PdfTextStyle.Bold(8))
            .Row("Date", "1 Dec 2026 09:30")
            .Row("Invoice", "INV-2026-00001")
            .Rule(gray: 0, spacing: 10);
        var items = c.Table([PdfColumn.Relative("Item"), PdfColumn.Fixed("Amount", 56, PdfAlign.Right)], headerFill: null, rowLines: false);
        items.Row("Deposit for BKG-2026-00001: Wedding dance show, 12 Dec 2026", "795.00").Row("Card surcharge", "7.95");
        c.Rule(gray: 0, spacing: 10)
            .Row("Paid (card •••• 4242)", "RM 802.95", PdfTextStyle.Bold(10))
            .Space(8)
            .Text("Thank you!", PdfTextStyle.Bold(9), PdfAlign.Center);

        var pdf = document.ToBytes();
        var pages = Poppler.Render(pdf, "receipt", dpi: 72);

        var page = Assert.Single(pages);
        Assert.Equal(227, PngSize(page).Width);
        Assert.Equal(document.Pages[0].Height, PngSize(page).Height, 1.0);
        Assert.Contains("Page size:       226.77 x", Poppler.Info(pdf), StringComparison.Ordinal);
        Assert.Matches(@"Paid \(card •••• 4242\)\s+RM 802.95", Poppler.Text(pdf));
    }

    /// <summary>An invoice as billing code would compose it: letterhead, customer, lines, totals, page numbers.</summary>
    internal static byte[] Invoice(int lines)
    {
        var title = PdfTextStyle.Bold(18);
        var small = PdfTextStyle.Regular(8, gray: 0.35);
        var document = PdfDocument.A4("Invoice INV-2026-00001", Issued).PageNumbers(small);
        var c = document.Composer;
        c.Style = PdfTextStyle.Regular(9);
        using var logo = PdfImage.Load(Logo());

        c.Columns(
            left => left.Image(logo, maxWidth: 120, maxHeight: 48)
                .Space(6)
                .Text("Acme Dance Co.", PdfTextStyle.Bold(12))
                .Text("Reg. 201901234567 (1234567-X)\n12 Jalan Ampang, 50450 Kuala Lumpur\n+60 3-1234 5678 · hello@acmedance.my"),
            right => right.Text("INVOICE", title, PdfAlign.Right)
                .Row("Number", "INV-2026-00001", rightStyle: PdfTextStyle.Bold(9))
                .Row("Issued", "1 Dec 2026")
                .Row("Due", "10 Dec 2026")
                .Row("Booking", "BKG-2026-00001"),
            split: 0.55);
        c.Space(18);
        c.Columns(
            left => left.Text("BILL TO", small).Text("Jane Tan\nTan & Lim Events Sdn. Bhd.\n8 Persiaran KLCC, 50088 Kuala Lumpur"),
            right => right.Text("EVENT", small).Text("Wedding dance show\n12 Dec 2026, 19:00–23:00\nGrand Ballroom, Hotel Majestic"));
        c.Space(18);

        var table = c.Table(
        [
            PdfColumn.Relative("Description"),
            PdfColumn.Fixed("Qty", 36, PdfAlign.Right),
            PdfColumn.Fixed("Unit price", 72, PdfAlign.Right),
            PdfColumn.Fixed("Amount", 80, PdfAlign.Right),
        ]);
        var subtotal = 0m;
        for (var i = 1; i <= lines; i++)
        {
            var (quantity, price) = (i % 4 + 1, 150m + (i * 25));
            subtotal += quantity * price;
            var description = i % 7 == 0
                ? $"Line {i}: dancer, evening rate, including two costume changes and travel within the Klang Valley"
                : $"Line {i}: dancer, evening rate";
            table.Row(description, quantity.ToString(CultureInfo.InvariantCulture), Money(price), Money(quantity * price));
        }

        var tax = subtotal * 0.06m;
        c.Space(8).KeepTogether(totals =>
        {
            var indent = totals.Width * 0.55;
            totals.Row("Subtotal", Money(subtotal), indent: indent)
                .Row("SST 6%", Money(tax), indent: indent)
                .Row("Deposit paid (INV-2026-00000)", "−795.00", indent: indent);
            totals.Page.DrawLine(totals.Left + indent, totals.Y + 2, totals.Right, totals.Y + 2, width: 0.75);
            totals.Space(6).Row("Total due", "RM " + Money(subtotal + tax - 795), PdfTextStyle.Bold(11), indent: indent);
        });
        c.Space(24).Text("Payment by bank transfer to Maybank 5140 1234 5678 (Acme Dance Co.) quoting INV-2026-00001. Thank you for your booking!", small);
        return document.ToBytes();
    }

    /// <summary>A 96 × 48 logo: a dark disc with soft edges on transparency, and a gray bar.</summary>
    internal static byte[] Logo()
    {
        const int width = 96, height = 48;
        var pixels = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 4;
                var distance = Math.Sqrt(Math.Pow(x - 24, 2) + Math.Pow(y - 24, 2));
                var disc = Math.Clamp(22 - distance, 0, 1);
                var bar = x is >= 52 and < 92 && y is >= 18 and < 30 ? 1 : 0;
                (pixels[i], pixels[i + 1], pixels[i + 2]) = bar == 1 ? ((byte)120, (byte)120, (byte)120) : ((byte)200, (byte)30, (byte)60);
                pixels[i + 3] = (byte)(Math.Max(disc, bar) * 255);
            }
        }

        return TestImages.Png(width, height, colorType: 6, pixels);
    }

    private static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static (int Width, int Height) PngSize(byte[] png) =>
        (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
}
