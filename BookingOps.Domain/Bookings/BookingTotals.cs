namespace BookingOps.Domain.Bookings;

public sealed record BookingTotals(decimal Subtotal, decimal Discount, decimal Tax, decimal Total);
