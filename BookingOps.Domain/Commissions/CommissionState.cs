namespace BookingOps.Domain.Commissions;

/// <summary>
/// Where a commission stands, computed from its work's invoices and its own approval and payment, never typed.
/// </summary>
public enum CommissionState
{
    /// <summary>The work's invoices are not all paid (or one was refunded): nothing is due yet.</summary>
    Waiting = 1,

    /// <summary>Every live invoice of the work is paid and none refunded: the Admin may approve an amount.</summary>
    Eligible = 2,

    /// <summary>Eligible with an amount approved; the Admin may pay it.</summary>
    Approved = 3,

    Paid = 4,
}
