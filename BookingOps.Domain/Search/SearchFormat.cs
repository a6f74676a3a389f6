using System.Globalization;

namespace BookingOps.Domain.Search;

/// <summary>How a hit's subtitle reads: its facts joined with middle dots, days and amounts as the pages write them.</summary>
internal static class SearchFormat
{
    public static string? Join(params string?[] parts) =>
        parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } shown ? string.Join(" · ", shown) : null;

    public static string Day(DateOnly day) => Settings.BusinessCalendar.Format(day);

    public static string Day(DateTimeOffset instant, TimeZoneInfo zone) => Day(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}
