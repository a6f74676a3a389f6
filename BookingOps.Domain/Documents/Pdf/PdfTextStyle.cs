namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Weight, size in points and gray level of text (0 black, 1 white). A value, so invoice code can keep
/// a few named styles and vary one with <c>with { Gray = 0.4 }</c>.
/// </summary>
public readonly record struct PdfTextStyle(bool IsBold, double Size, double Gray = 0)
{
    private const double Leading = 1.2;

    public static PdfTextStyle Regular(double size, double gray = 0) => new(IsBold: false, size, gray);

    public static PdfTextStyle Bold(double size, double gray = 0) => new(IsBold: true, size, gray);

    /// <summary>Distance between baselines of wrapped lines.</summary>
    public double LineHeight => Size * Leading;

    /// <summary>From the top of a line box to its baseline: the leading split evenly above the capitals and below the descenders.</summary>
    public double BaselineOffset => Size * (((Leading - PdfText.Ascent - PdfText.Descent) / 2) + PdfText.Ascent);

    /// <summary>The width in points of <paramref name="text"/> on one line in this style.</summary>
    public double Measure(string text) => PdfText.Measure(text, this);
}
