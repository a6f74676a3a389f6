namespace BookingOps.Domain.Billing;

/// <summary>
/// A booking's money at a glance, from its issued invoices: what was invoiced, paid and refunded, what is
/// still owed, and the payment state derived from those against the booking's total and deposit.
/// </summary>
public sealed record BillingSummary(decimal Invoiced, decimal Paid, decimal Refunded, decimal Outstanding, BookingPaymentState State)
{
    public static BillingSummary For(decimal bookingTotal, decimal deposit, decimal invoiced, decimal paid, decimal refunded, decimal outstanding) =>
        new(invoiced, paid, refunded, outstanding, StateFor(bookingTotal, deposit, paid, refunded));

    public static BookingPaymentState StateFor(decimal bookingTotal, decimal deposit, decimal paid, decimal refunded) => (paid, refunded) switch
    {
        (_, > 0m) when refunded >= paid => BookingPaymentState.Refunded,
        (_, > 0m) => BookingPaymentState.PartlyRefunded,
        (<= 0m, _) => BookingPaymentState.Unpaid,
        _ when paid >= bookingTotal => BookingPaymentState.Paid,
        _ when deposit > 0m && paid >= deposit => BookingPaymentState.DepositPaid,
        _ => BookingPaymentState.PartlyPaid,
    };

    public static string Describe(BookingPaymentState state) => state switch
    {
        BookingPaymentState.PartlyPaid => "partly paid",
        BookingPaymentState.DepositPaid => "deposit paid",
        BookingPaymentState.PartlyRefunded => "partly refunded",
        _ => state.ToString().ToLowerInvariant(),
    };
}
