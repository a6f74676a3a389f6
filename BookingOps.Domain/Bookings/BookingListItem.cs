using BookingOps.Domain.Billing;

namespace BookingOps.Domain.Bookings;

public sealed record BookingListItem(
    int Id,
    string Number,
    int CustomerId,
    string CustomerName,
    string ServiceType,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Area,
    BookingStatus Status,
    decimal Total,
    DateTimeOffset? HoldExpiresAt,
    decimal DepositAmount,
    decimal Paid,
    decimal Refunded)
{
    public BookingPaymentState PaymentState => BillingSummary.StateFor(Total, DepositAmount, Paid, Refunded);
}
