namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// A table column: its header, its alignment, and either a fixed width in points (quantities,
/// amounts) or a share of the width the fixed columns leave (descriptions).
/// </summary>
public sealed class PdfColumn
{
    private PdfColumn(string header, double width, bool isFixed, PdfAlign align)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Header = header;
        Width = width;
        IsFixed = isFixed;
        Align = align;
    }

    public string Header { get; }

    /// <summary>Points when <see cref="IsFixed"/>, otherwise a weight relative to the other relative columns.</summary>
    public double Width { get; }

    public bool IsFixed { get; }

    public PdfAlign Align { get; }

    public static PdfColumn Relative(string header, double weight = 1, PdfAlign align = PdfAlign.Left) => new(header, weight, isFixed: false, align);

    public static PdfColumn Fixed(string header, double points, PdfAlign align = PdfAlign.Left) => new(header, points, isFixed: true, align);
}
