namespace BookingOps.Domain.Common;

public static class Decimals
{
    /// <summary>
    /// The same value without trailing zeros: SQLite keeps decimals as text with at least one decimal
    /// place, so 4200 comes back as 4200.0, which a form would show as typed.
    /// </summary>
    public static decimal Trimmed(decimal value) => value / 1.000000000000000000000000000000000m;
}
