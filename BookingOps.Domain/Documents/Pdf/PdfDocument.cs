using System.Globalization;
using SkiaSharp;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// A PDF being composed: A4 pages that break automatically, or one 80 mm receipt roll page as long as its
/// content. Lay it out with <see cref="Composer"/>, then <see cref="ToBytes"/>: Skia writes the pages with
/// the shipped fonts embedded, cut down to the glyphs used. Title and creation date are the caller's.
/// </summary>
public sealed class PdfDocument
{
    /// <summary>A4 in points: 210 × 297 mm.</summary>
    public const double A4Width = 595.28;

    public const double A4Height = 841.89;

    /// <summary>80 mm thermal paper in points.</summary>
    public const double RollWidth = 226.77;

    private readonly List<PdfPage> pages = [];
    private readonly double? pageHeight;
    private PdfTextStyle? pageNumbers;
    private byte[]? written;

    private PdfDocument(string title, DateTimeOffset createdAt, double pageWidth, double? pageHeight, PdfMargins margins)
    {
        Title = title;
        CreatedAt = createdAt;
        PageWidth = pageWidth;
        Margins = margins;
        this.pageHeight = pageHeight;
        Composer = new PdfComposer(this);
    }

    public string Title { get; }

    public DateTimeOffset CreatedAt { get; }

    public double PageWidth { get; }

    public PdfMargins Margins { get; }

    /// <summary>A receipt roll: one page that grows with its content instead of breaking.</summary>
    public bool IsRoll => pageHeight is null;

    /// <summary>The flow layout that fills the pages from the top down.</summary>
    public PdfComposer Composer { get; }

    public IReadOnlyList<PdfPage> Pages => pages;

    /// <summary>The glyphs the pages draw, and the fonts cut down to them.</summary>
    internal PdfFontSubsets Fonts { get; } = new();

    /// <summary>Portrait A4; the margins leave room for page numbers at the bottom.</summary>
    public static PdfDocument A4(string title, DateTimeOffset createdAt) =>
        new(title, createdAt, A4Width, A4Height, new PdfMargins(Top: 48, Right: 48, Bottom: 56, Left: 48));

    /// <summary>Landscape A4, for reports too wide to stand.</summary>
    public static PdfDocument A4Landscape(string title, DateTimeOffset createdAt) =>
        new(title, createdAt, A4Height, A4Width, new PdfMargins(Top: 40, Right: 40, Bottom: 48, Left: 40));

    /// <summary>An 80 mm receipt; the margins keep the content inside the 72 mm most printers reach.</summary>
    public static PdfDocument Roll80(string title, DateTimeOffset createdAt) =>
        new(title, createdAt, RollWidth, null, PdfMargins.All(12));

    /// <summary>"Page N of M" centred in the bottom margin of every page, drawn once the page count is known.</summary>
    public PdfDocument PageNumbers(PdfTextStyle style)
    {
        EnsureOpen();
        pageNumbers = style;
        return this;
    }

    /// <summary>The finished PDF. The first call ends the layout; later calls give the same bytes.</summary>
    public byte[] ToBytes()
    {
        if (written is null)
        {
            foreach (var page in pages)
            {
                page.FixHeight();
                if (pageNumbers is { } style)
                {
                    page.DrawText(
                        string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {page.PageCount}"),
                        page.Width / 2,
                        page.Height - (page.Margins.Bottom / 2) + (style.Size / 3),
                        style,
                        PdfAlign.Center);
                }
            }

            written = Write();
        }

        return written;
    }

    internal PdfPage AddPage()
    {
        EnsureOpen();
        var page = new PdfPage(this, pages.Count + 1, PageWidth, pageHeight, Margins);
        pages.Add(page);
        return page;
    }

    /// <summary>A page outside the document, for layout that is only measured.</summary>
    internal PdfPage ScratchPage() => new(this, 0, PageWidth, pageHeight, Margins);

    internal void EnsureOpen()
    {
        if (written is not null)
        {
            throw new InvalidOperationException("The document has been written; compose a new one to change it.");
        }
    }

    private byte[] Write()
    {
        var metadata = SKDocumentPdfMetadata.Default;
        // Skia rounds the page size to whole raster pixels: at 7,200 dpi that is 1/100 pt, so A4 stays
        // 595.28 × 841.89 and the roll 226.77 wide. Nothing drawn here is rasterised, so it costs nothing else.
        metadata.RasterDpi = 7200;
        metadata.Title = Title;
        metadata.Creator = "BookingOps";
        metadata.Creation = CreatedAt.UtcDateTime;
        metadata.Modified = CreatedAt.UtcDateTime;
        using var stream = new MemoryStream();
        using (Fonts)
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            foreach (var page in pages)
            {
                page.Render(pdf.BeginPage((float)page.Width, (float)page.Height));
                pdf.EndPage();
            }

            pdf.Close();
        }

        return stream.ToArray();
    }
}
