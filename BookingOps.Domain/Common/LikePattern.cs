namespace BookingOps.Domain.Common;

/// <summary>SQL LIKE patterns from user text: LIKE is case-insensitive in SQLite, unlike instr(), but % and _ must be escaped.</summary>
public static class LikePattern
{
    public const string Escape = "\\";

    public static string Containing(string term) =>
        "%" + term.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal) + "%";
}
