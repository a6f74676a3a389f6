namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// The fonts a document can use: two of the standard 14 that every PDF viewer carries, so nothing is
/// embedded and the files stay small, at the price of WinAnsi (Western European) text only.
/// </summary>
public enum PdfFont
{
    Helvetica,
    HelveticaBold,
}
