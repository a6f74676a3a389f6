using SkiaSharp;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// The drawing layer: one page, drawn on with coordinates in points measured from the top-left corner,
/// y growing downwards like Skia's canvas. Drawing is recorded and played onto the PDF page once the
/// layout is done, when the page count and a receipt roll's height are known and the fonts are subset
/// to the glyphs used. Gray levels run from 0 (black) to 1 (white).
/// </summary>
public sealed class PdfPage
{
    private readonly PdfDocument document;
    private readonly List<Action<SKCanvas>> drawing = [];
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

    /// <summary>Pages in the document; final when the page numbers are drawn, after the layout.</summary>
    public int PageCount => document.Pages.Count;

    public double Width { get; }

    /// <summary>The page height; on a receipt roll, the content drawn so far and the bottom margin, rounded up to a point.</summary>
    public double Height => fixedHeight ?? Math.Ceiling(Extent + Margins.Bottom);

    public PdfMargins Margins { get; }

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

        var shaped = PdfText.Shape(text, style);
        var left = align switch
        {
            PdfAlign.Right => x - shaped.Width,
            PdfAlign.Center => x - (shaped.Width / 2),
            _ => x,
        };
        document.Fonts.Add(shaped);
        var color = Gray(style.Gray);
        drawing.Add(canvas =>
        {
            using var paint = new SKPaint { Color = color, IsAntialias = true };
            shaped.Draw(canvas, (float)left, (float)baseline, paint, document.Fonts);
        });
        Extend(baseline + (style.Size * PdfText.Descent));
    }

    public void DrawLine(double x1, double y1, double x2, double y2, double width = 0.5, double gray = 0)
    {
        document.EnsureOpen();
        var color = Gray(gray);
        drawing.Add(canvas =>
        {
            using var paint = new SKPaint { Color = color, Style = SKPaintStyle.Stroke, StrokeWidth = (float)width, IsAntialias = true };
            canvas.DrawLine((float)x1, (float)y1, (float)x2, (float)y2, paint);
        });
        Extend(Math.Max(y1, y2) + (width / 2));
    }

    /// <summary>A rectangle from its top-left corner, filled with <paramref name="gray"/>.</summary>
    public void FillRectangle(double x, double y, double width, double height, double gray)
    {
        document.EnsureOpen();
        var color = Gray(gray);
        drawing.Add(canvas =>
        {
            using var paint = new SKPaint { Color = color };
            canvas.DrawRect((float)x, (float)y, (float)width, (float)height, paint);
        });
        Extend(y + height);
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
        var box = SKRect.Create((float)left, (float)y, (float)width, (float)height);
        drawing.Add(canvas => canvas.DrawImage(image.Image, box, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)));
        Extend(y + height);
        return (width, height);
    }

    internal void Extend(double y) => Extent = Math.Max(Extent, y);

    /// <summary>Ends a roll's growth once the layout is done, so page numbers drawn in its margin do not stretch it.</summary>
    internal void FixHeight() => fixedHeight = Height;

    /// <summary>Plays the recorded drawing onto the PDF page.</summary>
    internal void Render(SKCanvas canvas) => drawing.ForEach(draw => draw(canvas));

    private static SKColor Gray(double gray)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(gray);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(gray, 1);
        var level = (byte)Math.Round(gray * 255);
        return new SKColor(level, level, level);
    }
}
