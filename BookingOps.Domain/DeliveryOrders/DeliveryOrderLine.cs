namespace BookingOps.Domain.DeliveryOrders;

/// <summary>A waste or work item on an order: what, how much, in what unit, at what price.</summary>
public sealed class DeliveryOrderLine
{
    public string Description { get; set; } = string.Empty;

    public decimal Quantity { get; set; }

    public string Unit { get; set; } = string.Empty;

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }
}
