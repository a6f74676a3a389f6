using System.Globalization;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// A PDF being composed: A4 pages that break automatically, or one 80 mm receipt roll page as long
/// as its content. Lay it out with <see cref="Composer"/>, add per-page decoration such as page
/// numbers, then <see cref="ToBytes"/>. Equal input gives equal bytes: the creation date is the
/// caller's and nothing else varies, so documents can be compared and cached.
/// </summary>
public sealed class PdfDocument
{
    /// <summary>A4 in points: 210 × 297 mm.</summary>
    public const double A4Width = 595.28;

    public const double A4Height = 841.89;

    /// <summary>80 mm thermal paper in points.</summary>
    public const double RollWidth = 226.77;

    private readonly List<PdfPage> pages = [];
    private readonly List<Action<PdfPage>> decorations = [];
    private readonly double? pageHeight;
    private Stage stage;

    private PdfDocument(string title, DateTimeOffset createdAt, double pageWidth, double? pageHeight, PdfMargins margins)
    {
        Title = title;
        CreatedAt = createdAt;
        PageWidth = pageWidth;
        Margins = margins;
        this.pageHeight = pageHeight;
        Composer = new PdfComposer(this);
    }

    private enum Stage
    {
        Composing,
        Decorating,
        Written,
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

    /// <summary>Portrait A4; the default margins leave room for page numbers at the bottom.</summary>
    public static PdfDocument A4(string title, DateTimeOffset createdAt, PdfMargins? margins = null) =>
        new(title, createdAt, A4Width, A4Height, margins ?? new PdfMargins(Top: 48, Right: 48, Bottom: 56, Left: 48));

    /// <summary>An 80 mm receipt; the default margins keep the content inside the 72 mm most printers reach.</summary>
    public static PdfDocument Roll80(string title, DateTimeOffset createdAt, PdfMargins? margins = null) =>
        new(title, createdAt, RollWidth, null, margins ?? PdfMargins.All(12));

    /// <summary>
    /// Draws on every page once the layout is done, when the page count is known: running headers,
    /// footers, "Page N of M". Draw inside the margins, which the layout leaves free.
    /// </summary>
    public PdfDocument EveryPage(Action<PdfPage> draw)
    {
        EnsureComposing();
        decorations.Add(draw);
        return this;
    }

    /// <summary>"Page N of M", or <paramref name="text"/>(N, M), centred in the bottom margin of every page.</summary>
    public PdfDocument PageNumbers(PdfTextStyle? style = null, Func<int, int, string>? text = null)
    {
        var textStyle = style ?? PdfTextStyle.Regular(8, gray: 0.35);
        return EveryPage(page => page.DrawText(
            text?.Invoke(page.Number, page.PageCount) ?? string.Create(CultureInfo.InvariantCulture, $"Page {page.Number} of {page.PageCount}"),
            page.Width / 2,
            page.Height - (page.Margins.Bottom / 2) + (textStyle.Size / 3),
            textStyle,
            PdfAlign.Center));
    }

    /// <summary>The finished PDF. The first call ends the layout and draws the per-page decoration; later calls give the same bytes.</summary>
    public byte[] ToBytes()
    {
        if (stage == Stage.Composing)
        {
            stage = Stage.Decorating;
            foreach (var page in pages)
            {
                page.FixHeight();
                foreach (var decorate in decorations)
                {
                    decorate(page);
                }
            }

            stage = Stage.Written;
        }

        return PdfFileWriter.Write(this);
    }

    internal PdfPage AddPage()
    {
        EnsureComposing();
        var page = new PdfPage(this, pages.Count + 1, PageWidth, pageHeight, Margins);
        pages.Add(page);
        return page;
    }

    /// <summary>A page outside the document, for layout that is only measured.</summary>
    internal PdfPage ScratchPage() => new(this, 0, PageWidth, pageHeight, Margins);

    internal void EnsureOpen()
    {
        if (stage == Stage.Written)
        {
            throw new InvalidOperationException("The document has been written; compose a new one to change it.");
        }
    }

    private void EnsureComposing()
    {
        if (stage != Stage.Composing)
        {
            throw new InvalidOperationException("The document has been written; compose a new one to change it.");
        }
    }
}
