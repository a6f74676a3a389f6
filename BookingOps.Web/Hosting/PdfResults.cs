using BookingOps.Domain.Documents;

namespace BookingOps.Web.Hosting;

/// <summary>A document PDF as a download, named after the document and, for the 80 mm roll, marked as a slip.</summary>
public static class PdfResults
{
    public static IResult Document(byte[] content, string name, string? format) =>
        Results.File(content, "application/pdf", $"{name}{(PaperFormats.Parse(format) == PaperFormat.Thermal ? "-slip" : string.Empty)}.pdf");
}
