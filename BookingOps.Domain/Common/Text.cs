namespace BookingOps.Domain.Common;

public static class Text
{
    /// <summary>Trimmed text, or null for blank input, so "" and "  " are stored as no value.</summary>
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
