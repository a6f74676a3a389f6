using BookingOps.Domain.Common;

namespace BookingOps.Domain.Bookings;

/// <summary>
/// Prices lines and totals: each line's discount and tax are rounded to the currency's minor unit once,
/// and the totals are the sums of the rounded line amounts, so the document always adds up.
/// </summary>
public static class BookingPricing
{
    public static PriceLine Price(PriceLineInput input, string currency)
    {
        var gross = Money.Round(input.Quantity * input.UnitPrice, currency);
        var discount = Money.Round(gross * input.DiscountPercent / 100m, currency);
        var net = gross - discount;
        var tax = Money.Round(net * input.TaxRatePercent / 100m, currency);
        return new PriceLine
        {
            Description = input.Description.Trim(),
            Quantity = input.Quantity,
            UnitPrice = input.UnitPrice,
            DiscountPercent = input.DiscountPercent,
            TaxRatePercent = input.TaxRatePercent,
            DiscountAmount = discount,
            NetAmount = net,
            TaxAmount = tax,
            LineTotal = net + tax,
        };
    }

    public static BookingTotals Totals(IReadOnlyCollection<PriceLine> lines) => new(
        Subtotal: lines.Sum(l => l.NetAmount + l.DiscountAmount),
        Discount: lines.Sum(l => l.DiscountAmount),
        Tax: lines.Sum(l => l.TaxAmount),
        Total: lines.Sum(l => l.LineTotal));

    /// <summary>The totals of lines still being edited, priced as they would be saved.</summary>
    public static BookingTotals Totals(IEnumerable<PriceLineInput> lines, string currency) =>
        Totals(lines.Select(line => Price(line, currency)).ToList());

    public static decimal Deposit(DepositKind kind, decimal value, decimal total, string currency) => kind switch
    {
        DepositKind.Percent => Money.Round(total * value / 100m, currency),
        _ => Money.Round(value, currency),
    };
}
