namespace BookingOps.Domain.Documents;

public static class PaperFormats
{
    /// <summary>"thermal" (any case) is the roll; anything else, or nothing, is A4.</summary>
    public static PaperFormat Parse(string? value) =>
        string.Equals(value, "thermal", StringComparison.OrdinalIgnoreCase) ? PaperFormat.Thermal : PaperFormat.A4;

    public static string QueryValue(PaperFormat format) => format == PaperFormat.Thermal ? "thermal" : "a4";
}
