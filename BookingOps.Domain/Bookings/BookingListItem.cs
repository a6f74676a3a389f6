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
    DateTimeOffset? HoldExpiresAt);
