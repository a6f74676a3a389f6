using System.Diagnostics.CodeAnalysis;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// One of the font files shipped in Documents/Fonts, loaded once for the life of the app: the typeface
/// Skia measures with, the shaper that places its glyphs, and the HarfBuzz face each document's subset is
/// cut from. None of them changes after loading, so documents on any thread share them.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "One instance per font file lives as long as the app.")]
internal sealed class PdfFontFace
{
    private readonly SKFont coverage;

    public PdfFontFace(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The PDF font {file} is missing from the app's Documents/Fonts folder.", path);
        }

        Name = file;
        Typeface = SKTypeface.FromFile(path);
        Shaper = new SKShaper(Typeface);
        Face = new Face(Blob.FromFile(path), 0);
        coverage = new SKFont(Typeface);
    }

    public string Name { get; }

    public SKTypeface Typeface { get; }

    public SKShaper Shaper { get; }

    public Face Face { get; }

    public bool Covers(int codepoint) => coverage.ContainsGlyph(codepoint);
}
