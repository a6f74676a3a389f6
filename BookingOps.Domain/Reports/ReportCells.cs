using System.Globalization;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Reports;

/// <summary>How a report's cell reads on screen and in the PDF; Excel gets the value itself, formatted alike.</summary>
public static class ReportCells
{
    /// <summary>A quantity's format on screen, in the PDF and in Excel.</summary>
    public const string QuantityFormat = "#,##0.0";

    public static string Format(object? value, CellKind kind, string currency) => value switch
    {
        null => kind == CellKind.Percent ? "–" : string.Empty,
        DateOnly day => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        decimal amount when kind == CellKind.Percent => amount.ToString("0.0", CultureInfo.InvariantCulture) + " %",
        decimal quantity when kind == CellKind.Quantity => quantity.ToString(QuantityFormat, CultureInfo.InvariantCulture),
        decimal amount => Money.Format(amount, currency),
        int count => count.ToString("N0", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>A state as a table cell reads it: "partially paid" becomes "Partially paid".</summary>
    public static string Sentence(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];

    /// <summary>Whether a column holds numbers: they line up on the right, and they add up in a totals row.</summary>
    public static bool IsNumber(CellKind kind) => kind is CellKind.Money or CellKind.Count or CellKind.Percent or CellKind.Quantity;
}
