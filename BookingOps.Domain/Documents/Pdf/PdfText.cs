using System.Globalization;
using System.Text;
using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Text set in the shipped fonts. Each character takes the first font that has it — Noto Sans (Latin),
/// then Noto Sans CJK, then Noto Sans Tamil — since a script drawn in another's font shows boxes; each
/// run of one font is shaped by HarfBuzz, which places Tamil vowel signs and conjuncts that glyph-by-glyph
/// drawing misplaces. Measuring and drawing share the shaping, so text ends where it was measured to.
/// </summary>
internal static class PdfText
{
    private static readonly PdfFontFace[] Regular = [new("NotoSans-Regular.ttf"), new("NotoSansCJKsc-Regular.ttf"), new("NotoSansTamil-Regular.ttf")];

    private static readonly PdfFontFace[] Bold = [new("NotoSans-Bold.ttf"), new("NotoSansCJKsc-Bold.ttf"), new("NotoSansTamil-Bold.ttf")];

    /// <summary>Height of Latin capitals above the baseline, per point of size.</summary>
    public static double Ascent { get; } = SansMetric(m => m.CapHeight);

    /// <summary>Depth of descenders below the baseline, per point of size.</summary>
    public static double Descent { get; } = SansMetric(m => m.Descent);

    /// <summary>One line of text (no line breaks), shaped in the style's size and weight.</summary>
    public static ShapedText Shape(string text, PdfTextStyle style)
    {
        var size = (float)style.Size;
        var utf8 = Encoding.UTF8.GetBytes(text);
        var runs = new List<ShapedText.Run>();
        var x = 0f;
        foreach (var (start, length, font) in Runs(utf8, style.IsBold ? Bold : Regular))
        {
            using var buffer = new Buffer();
            // The whole line goes in as context, so the ends of a run shape as they do within the line.
            buffer.AddUtf8(utf8, start, length);
            buffer.GuessSegmentProperties();
            using var skFont = new SKFont(font.Typeface, size);
            var shaped = font.Shaper.Shape(buffer, x, 0, skFont);
            runs.Add(new ShapedText.Run(
                font,
                Array.ConvertAll(shaped.Codepoints, glyph => (ushort)glyph),
                shaped.Points,
                utf8[start..(start + length)],
                Array.ConvertAll(shaped.Clusters, cluster => cluster - (uint)start)));
            x += shaped.Width;
        }

        return new ShapedText(runs, size, x);
    }

    /// <summary>The width in points of one line of text in the style.</summary>
    public static double Measure(string text, PdfTextStyle style) => text.Length == 0 ? 0 : Shape(text, style).Width;

    /// <summary>Byte ranges of the UTF-8 text that each take one font.</summary>
    private static List<(int Start, int Length, PdfFontFace Font)> Runs(byte[] utf8, PdfFontFace[] fonts)
    {
        var runs = new List<(int, int, PdfFontFace)>();
        PdfFontFace? current = null;
        var start = 0;
        var offset = 0;
        while (offset < utf8.Length)
        {
            Rune.DecodeFromUtf8(utf8.AsSpan(offset), out var rune, out var consumed);
            var font = current is not null && JoinsPrevious(rune) ? current : FirstCovering(rune, fonts);
            if (current is not null && current != font)
            {
                runs.Add((start, offset - start, current));
                start = offset;
            }

            current = font;
            offset += consumed;
        }

        if (current is not null)
        {
            runs.Add((start, offset - start, current));
        }

        return runs;
    }

    /// <summary>Marks and joiners belong to the character before them: its font shapes them with it.</summary>
    private static bool JoinsPrevious(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    /// <summary>The first font with the character; when none has it, the Latin font's missing-glyph box shows where.</summary>
    private static PdfFontFace FirstCovering(Rune rune, PdfFontFace[] fonts)
    {
        // Noto Sans has every ASCII character: most text never asks the fonts.
        if (!rune.IsAscii)
        {
            foreach (var font in fonts)
            {
                if (font.Covers(rune.Value))
                {
                    return font;
                }
            }
        }

        return fonts[0];
    }

    private static double SansMetric(Func<SKFontMetrics, float> metric)
    {
        using var font = new SKFont(Regular[0].Typeface, 1);
        return metric(font.Metrics);
    }
}
