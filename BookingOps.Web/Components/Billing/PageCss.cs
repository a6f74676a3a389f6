using BookingOps.Domain.Documents;

namespace BookingOps.Web.Components.Billing;

/// <summary>The @page rule of a print view: the browser's print dialog then picks the right paper.</summary>
public static class PageCss
{
    public static string For(PaperFormat format) => format == PaperFormat.Thermal
        ? "@page { size: 80mm auto; margin: 3mm; }"
        : "@page { size: A4; margin: 14mm; }";
}
