using BookingOps.Domain.Bookings;

namespace BookingOps.Tests.Domain;

public sealed class BookingPricingTests
{
    [Fact]
    public void Discount_and_tax_are_rounded_per_line_then_summed()
    {
        // 3 × 33.335 = 100.005 → 100.01; 10 % off → 10.00 (10.001); net 90.01; 6 % tax → 5.40 (5.4006).
        var first = BookingPricing.Price(new PriceLineInput { Description = "a", Quantity = 3, UnitPrice = 33.335m, DiscountPercent = 10, TaxRatePercent = 6 }, "MYR");
        // 1 × 0.05 with 6 % tax → tax 0.003 → 0.00.
        var second = BookingPricing.Price(new PriceLineInput { Description = "b", Quantity = 1, UnitPrice = 0.05m, TaxRatePercent = 6 }, "MYR");

        Assert.Equal((10.00m, 90.01m, 5.40m, 95.41m), (first.DiscountAmount, first.NetAmount, first.TaxAmount, first.LineTotal));
        Assert.Equal(0.00m, second.TaxAmount);
        var totals = BookingPricing.Totals([first, second]);
        Assert.Equal(new BookingTotals(Subtotal: 100.06m, Discount: 10.00m, Tax: 5.40m, Total: 95.46m), totals);
    }

    [Fact]
    public void Midpoints_round_away_from_zero_to_the_currency_minor_unit()
    {
        var myr = BookingPricing.Price(new PriceLineInput { Description = "x", Quantity = 1, UnitPrice = 10m, TaxRatePercent = 6.25m }, "MYR");
        var jpy = BookingPricing.Price(new PriceLineInput { Description = "x", Quantity = 1, UnitPrice = 1_000m, TaxRatePercent = 5.05m }, "JPY");

        Assert.Equal(0.63m, myr.TaxAmount); // 0.625
        Assert.Equal(51m, jpy.TaxAmount); // 50.5
    }

    [Theory]
    [InlineData(DepositKind.Percent, 30, 2650, 795)]
    [InlineData(DepositKind.Percent, 33.333, 100, 33.33)]
    [InlineData(DepositKind.Percent, 0, 100, 0)]
    [InlineData(DepositKind.Percent, 100, 100, 100)]
    [InlineData(DepositKind.Amount, 500, 2650, 500)]
    public void Deposits_are_an_amount_or_a_rounded_share_of_the_total(DepositKind kind, double value, double total, double expected)
    {
        Assert.Equal((decimal)expected, BookingPricing.Deposit(kind, (decimal)value, (decimal)total, "MYR"));
    }
}
