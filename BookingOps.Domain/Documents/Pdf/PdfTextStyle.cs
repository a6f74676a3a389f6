namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Font, size in points and gray level of text (0 black, 1 white). A value, so invoice code can keep
/// a few named styles and vary one with <c>with { Gray = 0.4 }</c>.
/// </summary>
public readonly record struct PdfTextStyle(PdfFont Font, double Size, double Gray = 0)
{
    private const double Leading = 1.2;

    public static PdfTextStyle Regular(double size, double gray = 0) => new(PdfFont.Helvetica, size, gray);

    public static PdfTextStyle Bold(double size, double gray = 0) => new(PdfFont.HelveticaBold, size, gray);

    /// <summary>Distance between baselines of wrapped lines.</summary>
    public double LineHeight => Size * Leading;

    /// <summary>From the top of a line box to its baseline: the leading split evenly above and below the glyphs.</summary>
    public double BaselineOffset => Size * (((Leading - PdfFontMetrics.Ascent - PdfFontMetrics.Descent) / 2) + PdfFontMetrics.Ascent);

    /// <summary>The width in points of <paramref name="text"/> on one line in this style.</summary>
    public double Measure(string text) => PdfFontMetrics.Measure(text, Font, Size);
}
