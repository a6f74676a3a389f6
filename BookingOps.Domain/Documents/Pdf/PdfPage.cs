namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// The drawing layer: one page, drawn on with coordinates in points measured from the top-left
/// corner, y growing downwards like the layout that uses it. The content stream flips the axis once
/// at its start, so nothing here needs the page height — a receipt roll only knows it at the end.
/// Gray levels run from 0 (black) to 1 (white).
/// </summary>
public sealed class PdfPage
{
    private readonly PdfDocument document;
    private readonly List<PdfImage> images = [];
    private PdfFont? font;
    private double fontSize;
    private double fillGray;
    private double strokeGray;
    private double lineWidth = 1;
    private double? fixedHeight;

    /// <param name="height">Null on a receipt roll, whose height follows its content.</param>
    internal PdfPage(PdfDocument document, int number, double width, double? height, PdfMargins margins)
    {
        this.document = document;
        fixedHeight = height;
        Number = number;
        Width = width;
        Margins = margins;
        Extent = margins.Top;
    }

    /// <summary>1 for the first page.</summary>
    public int Number { get; }

    /// <summary>Pages in the document; final when the per-page decoration runs, after the layout.</summary>
    public int PageCount => document.Pages.Count;

    public double Width { get; }

    /// <summary>The page height; on a receipt roll, the content drawn so far and the bottom margin, rounded up to a point.</summary>
    public double Height => fixedHeight ?? Math.Ceiling(Extent + Margins.Bottom);

    public PdfMargins Margins { get; }

    internal PdfByteWriter Content { get; } = new(2048);

    internal IReadOnlyList<PdfImage> Images => images;

    /// <summary>The lowest y anything was drawn at: how tall a receipt roll must be.</summary>
    internal double Extent { get; private set; }

    /// <summary>One line of text. <paramref name="x"/> is where the text starts, ends or is centred, per <paramref name="align"/>.</summary>
    public void DrawText(string text, double x, double baseline, PdfTextStyle style, PdfAlign align = PdfAlign.Left)
    {
        document.EnsureOpen();
        if (text.Length == 0)
        {
            return;
        }

        var left = align switch
        {
            PdfAlign.Right => x - style.Measure(text),
            PdfAlign.Center => x - (style.Measure(text) / 2),
            _ => x,
        };
        SetFill(style.Gray);
        Content.Raw("BT "u8);
        if (font != style.Font || fontSize != style.Size)
        {
            (font, fontSize) = (style.Font, style.Size);
            Content.Raw(style.Font == PdfFont.HelveticaBold ? "/F2 "u8 : "/F1 "u8).Number(style.Size).Raw("Tf "u8);
        }

        // The text matrix flips back what the page flipped, or glyphs would stand on their heads.
        Content.Raw("1 0 0 -1 "u8).Number(left).Number(baseline).Raw("Tm "u8).Text(text).Raw(" Tj ET\n"u8);
        Extend(baseline + (style.Size * PdfFontMetrics.Descent));
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double width = 0.5, double gray = 0)
    {
        document.EnsureOpen();
        SetStroke(gray, width);
        Content.Number(x1).Number(y1).Raw("m "u8).Number(x2).Number(y2).Raw("l S\n"u8);
        Extend(Math.Max(y1, y2) + (width / 2));
    }

    /// <summary>A rectangle from its top-left corner, outlined in <paramref name="stroke"/> gray, filled with <paramref name="fill"/> gray, or both.</summary>
    public void DrawRectangle(double x, double y, double width, double height, double? fill = null, double? stroke = 0, double lineWidth = 0.5)
    {
        document.EnsureOpen();
        if (fill is null && stroke is null)
        {
            return;
        }

        if (fill is { } fillValue)
        {
            SetFill(fillValue);
        }

        if (stroke is { } strokeValue)
        {
            SetStroke(strokeValue, lineWidth);
        }

        Content.Number(x).Number(y).Number(width).Number(height).Raw("re "u8)
            .Raw(fill is null ? "S\n"u8 : stroke is null ? "f\n"u8 : "B\n"u8);
        Extend(y + height + (stroke is null ? 0 : lineWidth / 2));
    }

    /// <summary>
    /// The image scaled to fit the box keeping its aspect ratio, at the box's top, placed across its
    /// width per <paramref name="align"/>. Returns the size it was drawn at.
    /// </summary>
    public (double Width, double Height) DrawImage(PdfImage image, double x, double y, double maxWidth, double maxHeight, PdfAlign align = PdfAlign.Left)
    {
        document.EnsureOpen();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeight);
        var scale = Math.Min(maxWidth / image.Width, maxHeight / image.Height);
        var (width, height) = (image.Width * scale, image.Height * scale);
        var left = align switch
        {
            PdfAlign.Right => x + maxWidth - width,
            PdfAlign.Center => x + ((maxWidth - width) / 2),
            _ => x,
        };
        var index = images.IndexOf(image);
        if (index < 0)
        {
            images.Add(image);
            index = images.Count - 1;
        }

        // Image space has its first row at the top of the unit square: scale by -height to undo the flip.
        Content.Raw("q "u8).Number(width).Raw("0 0 "u8).Number(-height).Number(left).Number(y + height)
            .Raw("cm /Im"u8).Integer(index + 1).Raw(" Do Q\n"u8);
        Extend(y + height);
        return (width, height);
    }

    private void SetFill(double gray)
    {
        CheckGray(gray);
        if (gray != fillGray)
        {
            fillGray = gray;
            Content.Number(gray).Raw("g\n"u8);
        }
    }

    private void SetStroke(double gray, double width)
    {
        CheckGray(gray);
        if (gray != strokeGray)
        {
            strokeGray = gray;
            Content.Number(gray).Raw("G\n"u8);
        }

        if (width != lineWidth)
        {
            lineWidth = width;
            Content.Number(width).Raw("w\n"u8);
        }
    }

    private static void CheckGray(double gray)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gray);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(gray, 1);
    }

    internal void Extend(double y) => Extent = Math.Max(Extent, y);

    /// <summary>Ends a roll's growth once the layout is done, so footers drawn in its margin do not stretch it.</summary>
    internal void FixHeight() => fixedHeight = Height;
}
