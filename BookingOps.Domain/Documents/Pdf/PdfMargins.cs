namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Space in points between the page edge and the flowing content; page numbers and other
/// per-page decoration are drawn inside it.
/// </summary>
public readonly record struct PdfMargins(double Top, double Right, double Bottom, double Left)
{
    public static PdfMargins All(double points) => new(points, points, points, points);
}
