using BookingOps.Domain.Billing;

namespace BookingOps.Domain.Bookings;

/// <summary>A booking as lists, the calendar and the dashboard show it.</summary>
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
    decimal? Paid,
    decimal? Refunded)
{
    /// <summary>From the booking's invoices; null where the list was read without them (the calendar).</summary>
    public BookingPaymentState? PaymentState => Paid is { } paid ? BillingSummary.StateFor(Total, DepositAmount, paid, Refunded ?? 0m) : null;
}
