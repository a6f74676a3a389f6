namespace BookingOps.Domain.Documents.Pdf;

/// <summary>Horizontal alignment of text or an image against its x position or its box.</summary>
public enum PdfAlign
{
    Left,
    Center,
    Right,
}
