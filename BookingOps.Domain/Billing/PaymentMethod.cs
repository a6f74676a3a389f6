namespace BookingOps.Domain.Billing;

public enum PaymentMethod
{
    Cash = 1,
    Online = 2,

    /// <summary>Cash deposit machine.</summary>
    Cdm = 3,
    EWallet = 4,
    Cheque = 5,

    /// <summary>Settled on the customer's account terms.</summary>
    Term = 6,
}
