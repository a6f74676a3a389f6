namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// The flow layout documents are written with: a cursor moving down the page, each block placed
/// below the last, a new page when the next line does not fit (A4) and a longer page instead on a
/// roll. Blocks span the content width between the margins, or a column of it inside
/// <see cref="Columns"/>. For anything custom, <see cref="Reserve"/> room and draw on <see cref="Page"/>.
/// </summary>
public sealed class PdfComposer
{
    private const double Epsilon = 0.001;

    private readonly PdfDocument document;
    private PdfPage page;
    /// <summary>While a block is measured: a page outside the document that takes its drawing.</summary>
    private PdfPage? scratch;
    private int unbreakable;

    internal PdfComposer(PdfDocument document)
    {
        this.document = document;
        page = document.AddPage();
        Y = page.Margins.Top;
        Left = page.Margins.Left;
        Width = page.Width - page.Margins.Left - page.Margins.Right;
    }

    /// <summary>The style of text drawn without one of its own.</summary>
    public PdfTextStyle Style { get; set; } = PdfTextStyle.Regular(10);

    /// <summary>The page the cursor is on, to draw on directly.</summary>
    public PdfPage Page => scratch ?? page;

    /// <summary>The cursor: distance in points from the top of the page to where the next block starts.</summary>
    public double Y { get; private set; }

    /// <summary>Left edge of the area blocks are laid out in: the left margin, or the current column.</summary>
    public double Left { get; private set; }

    /// <summary>Width of the area blocks are laid out in.</summary>
    public double Width { get; private set; }

    public double Right => Left + Width;

    /// <summary>Room left above the bottom margin; unlimited on a roll.</summary>
    public double Remaining => Bottom - Y;

    internal double PageCapacity => Bottom - page.Margins.Top;

    internal bool Measuring => scratch is not null;

    /// <summary>The document page the cursor is on, also while a block is only measured.</summary>
    internal PdfPage LayoutPage => page;

    internal bool AtPageTop => Y <= page.Margins.Top + Epsilon;

    private double Bottom => document.IsRoll || Measuring || unbreakable > 0 ? double.PositiveInfinity : page.Height - page.Margins.Bottom;

    /// <summary>A paragraph wrapped at spaces within the width (less <paramref name="indent"/>); line breaks in the text are kept.</summary>
    public PdfComposer Text(string text, PdfTextStyle? style = null, PdfAlign align = PdfAlign.Left, double indent = 0)
    {
        var textStyle = style ?? Style;
        var width = Width - indent;
        var x = align switch
        {
            PdfAlign.Right => Right,
            PdfAlign.Center => Left + indent + (width / 2),
            _ => Left + indent,
        };
        foreach (var line in TextWrapper.Wrap(text, textStyle, width))
        {
            var top = Reserve(textStyle.LineHeight);
            Page.DrawText(line, x, top + textStyle.BaselineOffset, textStyle, align);
        }

        return this;
    }

    /// <summary>
    /// A label on the left and a value ending at the right edge on the same baseline, e.g. "Total" and
    /// an amount; <paramref name="indent"/> pushes the label right to form a narrower totals block.
    /// A long label wraps before it reaches the value.
    /// </summary>
    public PdfComposer Row(string left, string right, PdfTextStyle? style = null, PdfTextStyle? rightStyle = null, double indent = 0)
    {
        var leftStyle = style ?? Style;
        var valueStyle = rightStyle ?? leftStyle;
        var valueWidth = valueStyle.Measure(right);
        var labelWidth = Math.Max(Width - indent - valueWidth - (valueWidth > 0 ? leftStyle.Size : 0), leftStyle.Size);
        var lines = TextWrapper.Wrap(left, leftStyle, labelWidth);
        var firstHeight = Math.Max(leftStyle.LineHeight, valueStyle.LineHeight);
        var baseline = Math.Max(leftStyle.BaselineOffset, valueStyle.BaselineOffset);
        var top = Reserve(firstHeight);
        Page.DrawText(lines[0], Left + indent, top + baseline, leftStyle);
        Page.DrawText(right, Right, top + baseline, valueStyle, PdfAlign.Right);
        foreach (var line in lines.Skip(1))
        {
            top = Reserve(leftStyle.LineHeight);
            Page.DrawText(line, Left + indent, top + leftStyle.BaselineOffset, leftStyle);
        }

        return this;
    }

    /// <summary>Empty space; none is carried over to the top of a new page.</summary>
    public PdfComposer Space(double points)
    {
        Y = Math.Min(Y + points, Bottom);
        Page.Extend(Y);
        return this;
    }

    /// <summary>A horizontal line across the width, in the middle of <paramref name="spacing"/> points of space.</summary>
    public PdfComposer Rule(double thickness = 0.5, double gray = 0.6, double spacing = 8)
    {
        var y = Reserve(spacing) + (spacing / 2);
        Page.DrawLine(Left, y, Right, y, thickness, gray);
        return this;
    }

    /// <summary>An image (a logo) scaled to fit within the width and height given, aligned across the width.</summary>
    public PdfComposer Image(PdfImage image, double maxWidth, double maxHeight, PdfAlign align = PdfAlign.Left)
    {
        var scale = Math.Min(Math.Min(maxWidth, Width) / image.Width, maxHeight / image.Height);
        var height = image.Height * scale;
        var top = Reserve(height); // first: it may move to a new page
        Page.DrawImage(image, Left, top, Width, height, align);
        return this;
    }

    /// <summary>
    /// A table with the given columns; add rows to it. The header row (bold, on a light gray band unless
    /// <paramref name="headerFill"/> is null) repeats on every page the table reaches.
    /// </summary>
    public PdfTable Table(IReadOnlyList<PdfColumn> columns, PdfTextStyle? style = null, PdfTextStyle? headerStyle = null, double? headerFill = 0.92, bool rowLines = true)
    {
        var bodyStyle = style ?? Style;
        return new PdfTable(this, columns, bodyStyle, headerStyle ?? bodyStyle with { IsBold = true }, headerFill, rowLines);
    }

    /// <summary>
    /// Two blocks side by side from the same height, e.g. the business details beside the invoice
    /// number; the cursor ends below the taller. They are kept together like <see cref="KeepTogether"/>,
    /// so they suit short blocks: neither column breaks the page. <paramref name="split"/> is the left column's share of the width.
    /// </summary>
    public PdfComposer Columns(Action<PdfComposer> left, Action<PdfComposer> right, double split = 0.5, double gap = 12)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(split);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(split, 1);
        return KeepTogether(composer => composer.SideBySide(left, right, split, gap));
    }

    /// <summary>
    /// Moves a block (totals, a signature) to the next page rather than split it, when it fits on a page.
    /// The block is run twice, once to measure it, so it must only compose.
    /// </summary>
    public PdfComposer KeepTogether(Action<PdfComposer> block)
    {
        if (!double.IsPositiveInfinity(Bottom))
        {
            var height = Measure(block);
            if (!Fits(height) && height <= PageCapacity && !AtPageTop)
            {
                BreakPage();
            }
        }

        // Measured to fit, it will not break; taller than a page, it breaks like any other content.
        block(this);
        return this;
    }

    /// <summary>
    /// Makes room for a block of <paramref name="height"/> points, on a new page if it does not fit on
    /// this one, and moves the cursor below it. Returns the block's top, to draw at on <see cref="Page"/>.
    /// </summary>
    public double Reserve(double height)
    {
        if (!Fits(height) && !AtPageTop)
        {
            BreakPage();
        }

        return Advance(height);
    }

    internal bool Fits(double height) => Y + height <= Bottom + Epsilon;

    /// <summary>Moves the cursor down without looking for the page end: the caller has.</summary>
    internal double Advance(double height)
    {
        var top = Y;
        Y += height;
        Page.Extend(Y);
        return top;
    }

    internal void BreakPage()
    {
        page = document.AddPage();
        Y = page.Margins.Top;
    }

    private double Measure(Action<PdfComposer> block)
    {
        var (y, style, left, width) = (Y, Style, Left, Width);
        scratch = document.ScratchPage();
        try
        {
            block(this);
            return Y - y;
        }
        finally
        {
            (Y, Style, Left, Width) = (y, style, left, width);
            scratch = null;
        }
    }

    private void SideBySide(Action<PdfComposer> left, Action<PdfComposer> right, double split, double gap)
    {
        var (top, frameLeft, frameWidth) = (Y, Left, Width);
        var leftWidth = (frameWidth - gap) * split;
        unbreakable++;
        try
        {
            Width = leftWidth;
            left(this);
            var leftEnd = Y;
            (Y, Left, Width) = (top, frameLeft + leftWidth + gap, frameWidth - leftWidth - gap);
            right(this);
            Y = Math.Max(Y, leftEnd);
        }
        finally
        {
            unbreakable--;
            (Left, Width) = (frameLeft, frameWidth);
        }
    }
}
