using System.Globalization;

namespace BookingOps.Domain.Common;

/// <summary>Rounding of money to a currency's minor unit, away from zero as receipts expect.</summary>
public static class Money
{
    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["VND"] = 0, ["IDR"] = 0, ["CLP"] = 0,
        ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
    };

    /// <summary>
    /// The most one booking, invoice, payment or refund may come to: far above any job of a small business,
    /// so a larger figure is a typing slip, and far below what the reports' sums could not hold.
    /// </summary>
    public const decimal MaxTotal = 100_000_000m;

    /// <summary>The most one priced line may come to (quantity × unit price).</summary>
    public const decimal MaxLineAmount = 10_000_000m;

    /// <summary>Decimal places of the currency's minor unit; 2 unless the currency is known to differ.</summary>
    public static int DecimalsOf(string currencyCode) => MinorUnits.GetValueOrDefault(currencyCode, 2);

    public static decimal Round(decimal amount, string currencyCode) =>
        decimal.Round(amount, DecimalsOf(currencyCode), MidpointRounding.AwayFromZero);

    /// <summary>An amount as documents and messages show it: grouped, with the currency's decimals.</summary>
    public static string Format(decimal amount, string currencyCode) =>
        amount.ToString("N" + DecimalsOf(currencyCode).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>An amount as a sentence names it, its currency first: "MYR 1,200.00".</summary>
    public static string WithCode(decimal amount, string currencyCode) => $"{currencyCode} {Format(amount, currencyCode)}";
}
