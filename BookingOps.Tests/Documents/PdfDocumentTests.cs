using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Tests.Documents;

public sealed class PdfDocumentTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void An_a4_document_is_a_pdf_1_4_with_its_page_size_title_and_the_callers_creation_date()
    {
        var document = PdfDocument.A4("Invoice INV-2026-00001", Created);
        document.Composer.Text("Hello");

        var pdf = document.ToBytes();

        Assert.StartsWith("%PDF-1.4\n", System.Text.Encoding.ASCII.GetString(pdf, 0, 9), StringComparison.Ordinal);
        var info = Poppler.Info(pdf);
        Assert.Contains("Pages:           1\n", info, StringComparison.Ordinal);
        Assert.Contains("Page size:       595.28 x 841.89 pts (A4)", info, StringComparison.Ordinal);
        Assert.Contains("Title:           Invoice INV-2026-00001\n", info, StringComparison.Ordinal);
        Assert.Contains("Creator:         BookingOps\n", info, StringComparison.Ordinal);
        Assert.Contains("CreationDate:    2026-12-01T01:30:00Z\n", info, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_outside_ascii_is_kept_exactly()
    {
        var document = PdfDocument.A4("Reçu – Café № 7 陈伟明", Created);

        Assert.Contains("Title:           Reçu – Café № 7 陈伟明\n", Poppler.Info(document.ToBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_any_of_the_shipped_scripts_reads_back_as_written()
    {
        string[] lines =
        [
            "2 × Dance – “quoted” — naïve façade",
            "Deposit € 1,250.00 (paid) \\ back-slash",
            "Ωmega Привет Nguyễn",
            "陈伟明，東京（カタカナ）",
            "முருகன் கொ கோ க்ஷ ஸ்ரீ திருநெல்வேலி",
        ];
        var document = PdfDocument.A4("Text", Created);
        foreach (var line in lines)
        {
            document.Composer.Text(line).Text(line, PdfTextStyle.Bold(12));
        }

        var text = Poppler.Text(document.ToBytes());

        Assert.All(lines, line => Assert.Equal(2, text.Split(line).Length - 1));
    }

    [Fact]
    public void Each_script_is_set_in_its_own_font_cut_down_to_the_glyphs_drawn()
    {
        var document = PdfDocument.A4("Fonts", Created);
        document.Composer.Text("Tan 陈 முருகன்").Text("Tan 陈 முருகன்", PdfTextStyle.Bold(10));

        var fonts = Poppler.Fonts(document.ToBytes());

        Assert.Equal(
            ["NotoSans-Bold", "NotoSans-Regular", "NotoSansCJKsc-Bold", "NotoSansCJKsc-Regular", "NotoSansTamil-Bold", "NotoSansTamil-Regular"],
            fonts.Select(f => f.Name.Split('+')[1]).Order(StringComparer.Ordinal));
        // Subset fonts are named with a six-letter tag, and every one is embedded.
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+", f.Name));
        Assert.All(fonts, f => Assert.Equal(("CID TrueType", true), (f.Type, f.Embedded)));
    }

    [Fact]
    public void Equal_input_gives_identical_bytes()
    {
        static byte[] Compose()
        {
            var document = PdfDocument.A4("Same", Created).PageNumbers(PdfTextStyle.Regular(8));
            using var image = PdfImage.Load(TestImages.Png(3, 3, 2, TestImages.Pattern(3, 3, 3)));
            document.Composer.Image(image, 60, 60);
            var table = document.Composer.Table([PdfColumn.Relative("Item"), PdfColumn.Fixed("Amount", 80, PdfAlign.Right)]);
            for (var i = 0; i < 70; i++)
            {
                table.Row($"Item {i} 陈伟明 முருகன்", $"{i}.00");
            }

            return document.ToBytes();
        }

        Assert.Equal(Compose(), Compose());
    }

    [Fact]
    public void Documents_are_written_on_several_threads_at_once()
    {
        var lines = Enumerable.Range(1, 16).Select(i => $"Line {i}: 陈伟明 முருகன் Nur Aisyah").ToArray();
        var pdfs = new byte[lines.Length][];

        Parallel.For(0, lines.Length, i =>
        {
            var document = PdfDocument.A4($"Thread {i}", Created);
            document.Composer.Text(lines[i]).Text(lines[i], PdfTextStyle.Bold(10));
            pdfs[i] = document.ToBytes();
        });

        Assert.All(lines.Zip(pdfs), pair => Assert.Equal(3, Poppler.Text(pair.Second).Split(pair.First).Length));
    }

    [Fact]
    public void Page_numbers_are_drawn_once_the_page_count_is_known()
    {
        var document = PdfDocument.A4("Numbers", Created).PageNumbers(PdfTextStyle.Regular(8));
        for (var i = 1; i <= 150; i++)
        {
            document.Composer.Text($"Paragraph {i}");
        }

        var pdf = document.ToBytes();

        Assert.Equal(3, document.Pages.Count);
        Assert.Contains("Page 1 of 3", Poppler.Text(pdf, page: 1), StringComparison.Ordinal);
        Assert.Contains("Page 2 of 3", Poppler.Text(pdf, page: 2), StringComparison.Ordinal);
        Assert.Contains("Page 3 of 3", Poppler.Text(pdf, page: 3), StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_document_gives_the_same_bytes_again_and_refuses_changes()
    {
        var document = PdfDocument.A4("Written", Created).PageNumbers(PdfTextStyle.Regular(8));
        document.Composer.Text("Done");

        var first = document.ToBytes();

        Assert.Same(first, document.ToBytes());
        Assert.Throws<InvalidOperationException>(() => document.Composer.Text("More"));
        Assert.Throws<InvalidOperationException>(() => document.PageNumbers(PdfTextStyle.Regular(9)));
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
