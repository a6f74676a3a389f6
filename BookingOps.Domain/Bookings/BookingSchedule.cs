namespace BookingOps.Domain.Bookings;

/// <summary>A booking's times as UTC instants, converted from the form's local times.</summary>
public sealed record BookingSchedule(DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset? HoldExpiresAt);
