using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Tests.Documents;

public sealed class PdfDocumentTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_a4_document_is_a_valid_pdf_1_4_with_its_page_size_and_info()
    {
        var document = PdfDocument.A4("Invoice INV-2026-00001", Created);
        document.Composer.Text("Hello");

        var pdf = document.ToBytes();

        Assert.StartsWith("%PDF-1.4\n", System.Text.Encoding.ASCII.GetString(pdf, 0, 9), StringComparison.Ordinal);
        var info = Poppler.Info(pdf);
        Assert.Contains("Pages:           1\n", info, StringComparison.Ordinal);
        Assert.Contains("Page size:       595.28 x 841.89 pts (A4)", info, StringComparison.Ordinal);
        Assert.Contains("PDF version:     1.4", info, StringComparison.Ordinal);
        Assert.Contains("Title:           Invoice INV-2026-00001\n", info, StringComparison.Ordinal);
        Assert.Contains("Creator:         BookingOps\n", info, StringComparison.Ordinal);
        Assert.Contains("Producer:        BookingOps PDF writer\n", info, StringComparison.Ordinal);
        Assert.Contains("CreationDate:    2026-12-01T09:30:00+08\n", info, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_outside_ascii_is_kept_exactly()
    {
        var document = PdfDocument.A4("Reçu – Café № 7", Created);

        Assert.Contains("Title:           Reçu – Café № 7\n", Poppler.Info(document.ToBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_reads_back_with_winansi_characters_and_parentheses()
    {
        var document = PdfDocument.A4("Text", Created);
        document.Composer
            .Text("2 × Dance show – évening, “quoted” — naïve façade")
            .Text("Deposit € 1,250.00 (paid) \\ back-slash", PdfTextStyle.Bold(12))
            .Text("Check ✓ done");

        var text = Poppler.Text(document.ToBytes());

        Assert.Contains("2 × Dance show – évening, “quoted” — naïve façade", text, StringComparison.Ordinal);
        Assert.Contains("Deposit € 1,250.00 (paid) \\ back-slash", text, StringComparison.Ordinal);
        Assert.Contains("Check ? done", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cross_reference_table_gives_the_exact_offset_of_every_object()
    {
        var document = PdfDocument.A4("Offsets", Created);
        document.Composer.Image(PdfImage.Load(TestImages.RedBlueJpeg), 100, 50);
        var rgba = TestImages.Png(4, 3, colorType: 6, TestImages.Pattern(4, 3, 4));
        document.Composer.Image(PdfImage.Load(rgba), 100, 50);
        for (var i = 0; i < 120; i++)
        {
            document.Composer.Text($"Line {i}");
        }

        var pdf = document.PageNumbers().ToBytes();

        Assert.Equal(3, document.Pages.Count);
        PdfAssert.CrossReferenceIsExact(pdf);
    }

    [Fact]
    public void Equal_input_gives_identical_bytes()
    {
        static byte[] Compose()
        {
            var document = PdfDocument.A4("Same", Created);
            document.Composer.Image(PdfImage.Load(TestImages.Png(3, 3, 2, TestImages.Pattern(3, 3, 3))), 60, 60);
            var table = document.Composer.Table([PdfColumn.Relative("Item"), PdfColumn.Fixed("Amount", 80, PdfAlign.Right)]);
            for (var i = 0; i < 70; i++)
            {
                table.Row($"Item {i}", $"{i}.00");
            }

            return document.PageNumbers().ToBytes();
        }

        Assert.Equal(Compose(), Compose());
    }

    [Fact]
    public void Page_numbers_are_drawn_once_the_page_count_is_known()
    {
        var document = PdfDocument.A4("Numbers", Created);
        document.PageNumbers();
        document.Composer.Text("First").PageBreak().Text("Second").PageBreak().Text("Third");

        var pdf = document.ToBytes();

        Assert.Contains("Page 1 of 3", Poppler.Text(pdf, page: 1), StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", Poppler.Text(pdf, page: 2), StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", Poppler.Text(pdf, page: 3), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_decoration_can_draw_a_running_header_in_the_margin()
    {
        var document = PdfDocument.A4("Header", Created);
        document.EveryPage(page =>
        {
            if (page.Number > 1)
            {
                page.DrawText("INV-2026-00001 (continued)", page.Margins.Left, page.Margins.Top / 2, PdfTextStyle.Regular(8));
            }
        });
        document.Composer.Text("One").PageBreak().Text("Two");

        var pdf = document.ToBytes();

        Assert.DoesNotContain("continued", Poppler.Text(pdf, page: 1), StringComparison.Ordinal);
        Assert.Contains("INV-2026-00001 (continued)", Poppler.Text(pdf, page: 2), StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_document_gives_the_same_bytes_again_and_refuses_changes()
    {
        var document = PdfDocument.A4("Written", Created).PageNumbers();
        document.Composer.Text("Done");

        var first = document.ToBytes();

        Assert.Equal(first, document.ToBytes());
        Assert.Throws<InvalidOperationException>(() => document.Composer.Text("More"));
        Assert.Throws<InvalidOperationException>(() => document.EveryPage(_ => { }));
    }

    [Fact]
    public void A_receipt_roll_is_one_page_80_mm_wide_as_tall_as_its_content()
    {
        static (byte[] Pdf, PdfDocument Document) Receipt(int lines)
        {
            var document = PdfDocument.Roll80("Receipt", Created);
            for (var i = 0; i < lines; i++)
            {
                document.Composer.Row($"Item {i}", "1.00");
            }

            return (document.ToBytes(), document);
        }

        var (shortPdf, shortReceipt) = Receipt(5);
        var (longPdf, longReceipt) = Receipt(200);

        Assert.Contains("Pages:           1\n", Poppler.Info(longPdf), StringComparison.Ordinal);
        Assert.Contains($"Page size:       226.77 x {longReceipt.Pages[0].Height:0} pts", Poppler.Info(longPdf), StringComparison.Ordinal);
        // 12 pt margins around lines of 10 pt × 1.2, rounded up to a whole point.
        Assert.Equal((Math.Ceiling(12 + (5 * 12.0) + 12), Math.Ceiling(12 + (200 * 12.0) + 12)), (shortReceipt.Pages[0].Height, longReceipt.Pages[0].Height));
        Assert.Contains("Item 199", Poppler.Text(longPdf), StringComparison.Ordinal);
        Assert.Contains("Page size:       226.77 x 84 pts", Poppler.Info(shortPdf), StringComparison.Ordinal);
    }
}
