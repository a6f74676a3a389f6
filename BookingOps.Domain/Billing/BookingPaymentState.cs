namespace BookingOps.Domain.Billing;

/// <summary>How far a booking is paid, from its invoices' ledger.</summary>
public enum BookingPaymentState
{
    Unpaid = 1,

    /// <summary>Something paid, less than the deposit.</summary>
    PartlyPaid = 2,
    DepositPaid = 3,
    Paid = 4,
    PartlyRefunded = 5,
    Refunded = 6,
}
