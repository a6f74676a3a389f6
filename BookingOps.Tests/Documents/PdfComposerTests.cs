using BookingOps.Domain.Documents.Pdf;
using SkiaSharp;

namespace BookingOps.Tests.Documents;

public sealed class PdfComposerTests
{
    private const string Long = "The crew arrives two hours before the show to set up the sound system, lights and the stage floor, and leaves once everything is packed.";

    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Wrapping_breaks_between_words_within_the_width()
    {
        var style = PdfTextStyle.Regular(10);

        var lines = TextWrapper.Wrap(Long, style, 150);

        Assert.True(lines.Count > 3);
        Assert.All(lines, line => Assert.True(style.Measure(line) <= 150, $"'{line}' is {style.Measure(line)} pt wide"));
        Assert.Equal(Long, string.Join(' ', lines));
        // Greedy: the first word of each line would not have fitted on the line before.
        for (var i = 1; i < lines.Count; i++)
        {
            Assert.True(style.Measure(lines[i - 1] + " " + lines[i].Split(' ')[0]) > 150);
        }
    }

    [Fact]
    public void Wrapping_keeps_line_breaks_and_cuts_a_word_wider_than_the_line()
    {
        var style = PdfTextStyle.Regular(10);

        Assert.Equal(["Bill to:", "", "Jane Tan", "12 Jalan Ampang"], TextWrapper.Wrap("Bill to:\r\n\nJane Tan\n12 Jalan Ampang", style, 200));
        var cut = TextWrapper.Wrap("INV-2026-00001-REFERENCE-THAT-NEVER-ENDS", style, 60);
        Assert.True(cut.Count > 1);
        Assert.Equal("INV-2026-00001-REFERENCE-THAT-NEVER-ENDS", string.Concat(cut));
        Assert.All(cut, line => Assert.True(style.Measure(line) <= 60));
    }

    [Fact]
    public void A_paragraph_reads_back_wrapped_on_word_boundaries_within_its_width()
    {
        var document = PdfDocument.A4("Wrap", Created);
        var composer = document.Composer;
        composer.Text(Long, indent: composer.Width - 150);

        var words = Poppler.Words(document.ToBytes());

        Assert.Equal(Long.Split(' '), words.Select(w => w.Text));
        Assert.All(words, w => Assert.InRange(w.XMax, composer.Right - 150, composer.Right + 0.5));
        Assert.True(words.Select(w => Math.Round(w.YMin)).Distinct().Count() > 3);
    }

    [Fact]
    public void Text_flows_onto_new_pages_in_order()
    {
        var document = PdfDocument.A4("Flow", Created);
        for (var i = 1; i <= 150; i++)
        {
            document.Composer.Text($"Paragraph {i}");
        }

        var words = Poppler.Words(document.ToBytes());

        Assert.Equal(3, document.Pages.Count);
        var numbers = words.Where(w => w.Text != "Paragraph").Select(w => int.Parse(w.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 150), numbers);
        Assert.All(words, w => Assert.InRange(w.YMax, 48, 841.89 - 56));
        Assert.Equal(1, words.First(w => w.Text == "1").Page);
        Assert.Equal(3, words[^1].Page);
    }

    [Fact]
    public void A_row_ends_its_value_at_the_right_edge()
    {
        var document = PdfDocument.A4("Row", Created);
        var composer = document.Composer;
        composer.Row("Subtotal", "2,500.00", indent: composer.Width / 2)
            .Row("Total", "12,650.00", PdfTextStyle.Bold(12));

        var words = Poppler.Words(document.ToBytes());

        var subtotal = words.Single(w => w.Text == "2,500.00");
        var total = words.Single(w => w.Text == "12,650.00");
        Assert.Equal(composer.Right, subtotal.XMax, 0.5);
        Assert.Equal(composer.Right, total.XMax, 0.5);
        Assert.Equal(composer.Right - PdfTextStyle.Bold(12).Measure("12,650.00"), total.XMin, 0.5);
        Assert.Equal(composer.Left + (composer.Width / 2), words.Single(w => w.Text == "Subtotal").XMin, 0.5);
        Assert.Equal(words.Single(w => w.Text == "Total").YMax, total.YMax, 0.5);
    }

    [Fact]
    public void Alignment_places_text_at_the_left_centre_or_right()
    {
        var document = PdfDocument.A4("Align", Created);
        var composer = document.Composer;
        composer.Text("Left").Text("Centre", align: PdfAlign.Center).Text("Right", align: PdfAlign.Right);

        var words = Poppler.Words(document.ToBytes());

        Assert.Equal(composer.Left, words.Single(w => w.Text == "Left").XMin, 0.5);
        var centre = words.Single(w => w.Text == "Centre");
        Assert.Equal(composer.Left + (composer.Width / 2), (centre.XMin + centre.XMax) / 2, 0.5);
        Assert.Equal(composer.Right, words.Single(w => w.Text == "Right").XMax, 0.5);
    }

    [Fact]
    public void Text_is_drawn_inside_its_line_box()
    {
        var document = PdfDocument.A4("Baseline", Created);
        var top = document.Composer.Y;
        document.Composer.Text("Hxg", PdfTextStyle.Regular(20));

        using var page = SKBitmap.Decode(Assert.Single(Poppler.Render(document.ToBytes(), "baseline", dpi: 72)));

        // Rows with ink, at 72 dpi one pixel a point: from the top of the H to the foot of the g, inside the 24 pt line box.
        var inked = Enumerable.Range(0, 120).Where(y => Enumerable.Range(40, 100).Any(x => page.GetPixel(x, y).Red < 128)).ToList();
        Assert.InRange(inked.Min(), top, top + 4);
        Assert.InRange(inked.Max(), top + 18, top + 24);
        Assert.Equal(top + 24, document.Composer.Y, 6);
    }

    [Fact]
    public void A_kept_together_block_moves_whole_to_the_next_page()
    {
        static IReadOnlyList<Poppler.Word> Totals(bool keep)
        {
            var document = PdfDocument.A4("Keep", Created);
            var composer = document.Composer;
            while (composer.Remaining > 30)
            {
                composer.Text("Line");
            }

            Action<PdfComposer> totals = c => c.Row("Subtotal", "1.00").Row("Tax", "0.06").Row("Total", "1.06");
            if (keep)
            {
                composer.KeepTogether(totals);
            }
            else
            {
                totals(composer);
            }

            return Poppler.Words(document.ToBytes());
        }

        var split = Totals(keep: false);
        var kept = Totals(keep: true);

        Assert.Equal((1, 2), (split.Single(w => w.Text == "Subtotal").Page, split.Single(w => w.Text == "Total").Page));
        Assert.Equal((2, 2), (kept.Single(w => w.Text == "Subtotal").Page, kept.Single(w => w.Text == "Total").Page));
        Assert.Single(kept, w => w.Text == "Subtotal");
    }

    [Fact]
    public void A_kept_together_block_taller_than_a_page_breaks_like_other_content()
    {
        var document = PdfDocument.A4("Tall", Created);
        document.Composer.Text("Before");

        document.Composer.KeepTogether(c =>
        {
            for (var i = 1; i <= 100; i++)
            {
                c.Text($"Kept {i}");
            }
        });

        var words = Poppler.Words(document.ToBytes());
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(1, words.Single(w => w.Text == "Before").Page);
        Assert.Equal(100, words.Count(w => w.Text == "Kept"));
        Assert.All(words, w => Assert.True(w.YMax <= 841.89 - 56));
    }

    [Fact]
    public void Columns_sit_side_by_side_and_the_cursor_continues_below_the_taller()
    {
        var document = PdfDocument.A4("Columns", Created);
        var composer = document.Composer;
        var top = composer.Y;
        composer.Columns(
            left => left.Text("Acme Dance Co.\n12 Jalan Ampang\nKuala Lumpur"),
            right => right.Text("INVOICE", PdfTextStyle.Bold(14), PdfAlign.Right),
            split: 0.6);
        composer.Text("Below");

        var words = Poppler.Words(document.ToBytes());

        var invoice = words.Single(w => w.Text == "INVOICE");
        Assert.Equal(composer.Right, invoice.XMax, 0.5);
        // Both columns start at the top; the cursor goes on below the third line of the left one.
        Assert.Equal(top + PdfTextStyle.Bold(14).BaselineOffset, Baseline(invoice, 14), 0.5);
        Assert.Equal(top + 24 + PdfTextStyle.Regular(10).BaselineOffset, Baseline(words.Single(w => w.Text == "Kuala"), 10), 0.5);
        Assert.Equal(top + 36 + PdfTextStyle.Regular(10).BaselineOffset, Baseline(words.Single(w => w.Text == "Below"), 10), 0.5);
        Assert.Equal((48, 595.28 - 96), (composer.Left, composer.Width));
    }

    /// <summary>pdftotext boxes a word down to the font's descent below its baseline.</summary>
    private static double Baseline(Poppler.Word word, double size) => word.YMax - (size * PdfText.Descent);

    [Fact]
    public void An_image_block_scales_to_fit_and_moves_the_cursor_below_it()
    {
        var document = PdfDocument.A4("Image", Created);
        var composer = document.Composer;
        var top = composer.Y;

        using var image = PdfImage.Load(TestImages.RedBlueJpeg);
        composer.Image(image, maxWidth: 120, maxHeight: 100, PdfAlign.Right);

        // 16 × 8 pixels: the width limits, so 120 × 60.
        Assert.Equal(top + 60, composer.Y, 6);
        Poppler.Render(document.ToBytes(), "image-block");
    }

    [Fact]
    public void An_image_that_does_not_fit_goes_to_the_top_of_the_next_page()
    {
        var document = PdfDocument.A4("Image break", Created);
        var composer = document.Composer;
        composer.Space(composer.Remaining - 20);

        using var image = PdfImage.Load(TestImages.RedBlueJpeg);
        composer.Image(image, maxWidth: 80, maxHeight: 40);

        Assert.Equal(2, Assert.Single(Poppler.Images(document.ToBytes())).Page);
        Assert.Equal(48 + 40, composer.Y, 6);
    }

    [Fact]
    public void Reserve_breaks_the_page_only_when_the_block_does_not_fit()
    {
        var document = PdfDocument.A4("Reserve", Created);
        var composer = document.Composer;

        var first = composer.Reserve(700);
        var second = composer.Reserve(100);

        Assert.Equal((48, 48, 2), (first, second, document.Pages.Count));
        Assert.Same(document.Pages[1], composer.Page);
    }
}
