namespace BookingOps.Domain.Billing;

public enum InvoiceKind
{
    /// <summary>Free lines for a customer, with or without a booking.</summary>
    Standard = 1,

    /// <summary>A booking's deposit.</summary>
    Deposit = 2,

    /// <summary>A booking's price, less what earlier invoices on it already asked for.</summary>
    Final = 3,
}
