namespace BookingOps.Domain.Billing;

/// <summary>Where an invoice stands; derived from its number, payments, refunds and void, never set by hand.</summary>
public enum InvoiceStatus
{
    Draft = 1,
    Issued = 2,
    PartiallyPaid = 3,
    Paid = 4,

    /// <summary>Settled for good: money was refunded on it, so it takes no more payments.</summary>
    Closed = 5,
    Voided = 6,
}
