namespace BookingOps.Domain.DeliveryOrders;

public enum DeliveryOrderStatus
{
    Draft = 1,
    Issued = 2,

    /// <summary>The work is done in the field; the office still has to invoice it.</summary>
    PendingInvoice = 3,
    Invoiced = 4,
    Closed = 5,
    Cancelled = 6,
}

/// <summary>What the driver does with the bin at the site: leave it there, or bring it back.</summary>
public enum DeliveryOrderKind
{
    Delivery = 1,
    Collection = 2,
}
