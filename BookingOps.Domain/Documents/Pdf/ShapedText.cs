using SkiaSharp;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>One line of text shaped for drawing: its runs of glyphs, each in one font, and its width in points.</summary>
internal sealed class ShapedText(IReadOnlyList<ShapedText.Run> runs, float size, float width)
{
    public IReadOnlyList<Run> Runs => runs;

    public float Width => width;

    /// <summary>Draws the line starting at <paramref name="x"/> on the baseline <paramref name="y"/>, in the document's font subsets.</summary>
    public void Draw(SKCanvas canvas, float x, float y, SKPaint paint, PdfFontSubsets fonts)
    {
        using var builder = new SKTextBlobBuilder();
        foreach (var run in runs)
        {
            using var font = new SKFont(fonts.Typeface(run.Font), size);
            var buffer = builder.AllocatePositionedTextRun(font, run.Glyphs.Length, run.Text.Length);
            buffer.SetGlyphs(run.Glyphs);
            buffer.SetPositions(run.Positions);
            buffer.SetText(run.Text);
            buffer.SetClusters(run.Clusters);
        }

        using var blob = builder.Build();
        canvas.DrawText(blob, x, y, paint);
    }

    /// <summary>
    /// Glyphs in one font, placed from the start of the line, with the UTF-8 text they show and each glyph's
    /// offset into it: Skia writes that text beside glyphs that are not one per character (Tamil conjuncts,
    /// split vowel signs), so copying and searching the PDF find the words as typed.
    /// </summary>
    public sealed record Run(PdfFontFace Font, ushort[] Glyphs, SKPoint[] Positions, byte[] Text, uint[] Clusters);
}
