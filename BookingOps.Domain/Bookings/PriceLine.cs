namespace BookingOps.Domain.Bookings;

/// <summary>One priced line of a booking; the amounts are rounded to the currency's minor unit.</summary>
public class PriceLine
{
    public string Description { get; set; } = string.Empty;

    public decimal Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal DiscountPercent { get; set; }

    public decimal TaxRatePercent { get; set; }

    /// <summary>Quantity × unit price, less the discount.</summary>
    public decimal NetAmount { get; set; }

    public decimal DiscountAmount { get; set; }

    public decimal TaxAmount { get; set; }

    public decimal LineTotal { get; set; }
}
