using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BookingOps.Domain.Persistence;

/// <summary>
/// Stores an instant as UTC ticks. SQLite has no date type and EF Core cannot order or compare its
/// text form of DateTimeOffset; integer ticks sort and compare correctly and index well.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
