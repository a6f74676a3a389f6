namespace BookingOps.Domain.Billing;

public enum RefundStatus
{
    Pending = 1,
    Approved = 2,
    Processed = 3,
    Rejected = 4,
}
