namespace BookingOps.Domain.Bookings;

public enum DepositKind
{
    Amount = 1,
    Percent = 2,
}
