namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Rows laid out as they are added, each as tall as its tallest wrapped cell. A row that does not fit
/// moves to the next page, where the header row is repeated; a row taller than a whole page is split
/// between its lines. The header is drawn with the first row, so it is never left alone at a page foot.
/// </summary>
public sealed class PdfTable
{
    /// <summary>Space between a cell's text and the cell edges.</summary>
    public const double PaddingX = 4;

    public const double PaddingY = 3;

    private readonly PdfComposer composer;
    private readonly PdfColumn[] columns;
    private readonly double[] lefts;
    private readonly double[] widths;
    private readonly PdfTextStyle style;
    private readonly PdfTextStyle headerStyle;
    private readonly double? headerFill;
    private readonly bool rowLines;
    private readonly List<string>[]? header;
    private readonly double headerHeight;
    private PdfPage? headerPage;
    private PdfPage? measuredHeaderPage;

    internal PdfTable(PdfComposer composer, IReadOnlyList<PdfColumn> columns, PdfTextStyle style, PdfTextStyle headerStyle, double? headerFill, bool rowLines)
    {
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        this.composer = composer;
        this.columns = [.. columns];
        this.style = style;
        this.headerStyle = headerStyle;
        this.headerFill = headerFill;
        this.rowLines = rowLines;
        (lefts, widths) = Resolve(this.columns, composer.Left, composer.Width);
        if (this.columns.Any(c => c.Header.Length > 0))
        {
            header = Wrap(this.columns.Select(c => c.Header).ToArray(), headerStyle, out var lines);
            headerHeight = (lines * headerStyle.LineHeight) + (2 * PaddingY);
        }
    }

    /// <summary>The left edge and width of each column, as the layout resolved them; for drawing beside the table.</summary>
    public IReadOnlyList<(double Left, double Width)> Columns => lefts.Zip(widths).ToArray();

    public PdfTable Row(params ReadOnlySpan<string> cells) => Row(style, cells);

    /// <summary>A row in its own style, e.g. bold for a subtotal. Missing trailing cells are left empty.</summary>
    public PdfTable Row(PdfTextStyle rowStyle, params ReadOnlySpan<string> cells)
    {
        if (cells.Length > columns.Length)
        {
            throw new ArgumentException($"The row has {cells.Length} cells but the table has {columns.Length} columns.", nameof(cells));
        }

        var lines = Wrap(cells, rowStyle, out var count);
        var needsHeader = header is not null && NeedsHeader();
        var height = (count * rowStyle.LineHeight) + (2 * PaddingY);
        var headerHere = needsHeader ? headerHeight : 0;
        var fitsFreshPage = height + headerHeight <= composer.PageCapacity;
        var oneLine = rowStyle.LineHeight + (2 * PaddingY);
        if (!composer.AtPageTop && ((fitsFreshPage && !composer.Fits(headerHere + height)) || !composer.Fits(headerHere + oneLine)))
        {
            composer.BreakPage();
            needsHeader = header is not null;
        }

        if (needsHeader)
        {
            DrawHeader();
        }

        // Only a row taller than a page gets here without fitting: it fills each page with as many lines as fit.
        for (var first = 0; first < count;)
        {
            var fitting = count - first;
            if (!composer.Fits((fitting * rowStyle.LineHeight) + (2 * PaddingY)))
            {
                fitting = Math.Max(1, (int)((composer.Remaining - (2 * PaddingY)) / rowStyle.LineHeight));
            }

            DrawLines(lines, first, fitting, rowStyle);
            first += fitting;
            if (first < count)
            {
                composer.BreakPage();
                if (header is not null)
                {
                    DrawHeader();
                }
            }
        }

        return this;
    }

    /// <summary>
    /// On a page without the header: the first row, or a break since the last one. While a
    /// <see cref="PdfComposer.KeepTogether"/> block is measured, the real page's header counts too,
    /// and drawing one on the measuring page must not count for the real page.
    /// </summary>
    private bool NeedsHeader() =>
        composer.Measuring
            ? headerPage != composer.LayoutPage && measuredHeaderPage != composer.Page
            : headerPage != composer.Page;

    private void DrawHeader()
    {
        if (composer.Measuring)
        {
            measuredHeaderPage = composer.Page;
        }
        else
        {
            headerPage = composer.Page;
        }

        var top = composer.Advance(headerHeight);
        var page = composer.Page;
        var width = widths.Sum();
        if (headerFill is { } fill)
        {
            page.FillRectangle(lefts[0], top, width, headerHeight, fill);
        }

        DrawCells(header!, 0, header!.Max(l => l.Count), headerStyle, top);
        page.DrawLine(lefts[0], top + headerHeight, lefts[0] + width, top + headerHeight, width: 0.75, gray: 0.3);
    }

    private void DrawLines(List<string>[] lines, int first, int count, PdfTextStyle rowStyle)
    {
        var height = (count * rowStyle.LineHeight) + (2 * PaddingY);
        var top = composer.Advance(height);
        DrawCells(lines, first, count, rowStyle, top);
        if (rowLines)
        {
            composer.Page.DrawLine(lefts[0], top + height, lefts[0] + widths.Sum(), top + height, width: 0.25, gray: 0.75);
        }
    }

    private void DrawCells(List<string>[] lines, int first, int count, PdfTextStyle cellStyle, double top)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            var x = columns[c].Align switch
            {
                PdfAlign.Right => lefts[c] + widths[c] - PaddingX,
                PdfAlign.Center => lefts[c] + (widths[c] / 2),
                _ => lefts[c] + PaddingX,
            };
            for (var i = first; i < Math.Min(first + count, lines[c].Count); i++)
            {
                var baseline = top + PaddingY + ((i - first) * cellStyle.LineHeight) + cellStyle.BaselineOffset;
                composer.Page.DrawText(lines[c][i], x, baseline, cellStyle, columns[c].Align);
            }
        }
    }

    private List<string>[] Wrap(ReadOnlySpan<string> cells, PdfTextStyle cellStyle, out int count)
    {
        var lines = new List<string>[columns.Length];
        count = 1;
        for (var c = 0; c < columns.Length; c++)
        {
            lines[c] = c < cells.Length && !string.IsNullOrEmpty(cells[c]) ? TextWrapper.Wrap(cells[c], cellStyle, widths[c] - (2 * PaddingX)) : [];
            count = Math.Max(count, lines[c].Count);
        }

        return lines;
    }

    private static (double[] Lefts, double[] Widths) Resolve(PdfColumn[] columns, double left, double width)
    {
        var fixedWidth = columns.Where(c => c.IsFixed).Sum(c => c.Width);
        var weights = columns.Where(c => !c.IsFixed).Sum(c => c.Width);
        var shared = width - fixedWidth;
        if (shared < 0 || (weights > 0 && shared < 2 * PaddingX))
        {
            throw new ArgumentException($"The fixed columns take {fixedWidth:0.##} pt of the {width:0.##} pt available.", nameof(columns));
        }

        var lefts = new double[columns.Length];
        var widths = new double[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            widths[c] = columns[c].IsFixed ? columns[c].Width : shared * columns[c].Width / weights;
            lefts[c] = c == 0 ? left : lefts[c - 1] + widths[c - 1];
        }

        return (lefts, widths);
    }
}
