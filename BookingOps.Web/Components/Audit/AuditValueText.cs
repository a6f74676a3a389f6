using System.Globalization;

namespace BookingOps.Web.Components.Audit;

/// <summary>
/// How a recorded value reads in the history: instants are stored as round-trip UTC text and shown in the
/// business's time zone, dates as ISO text and shown like every other date in the app; anything else as
/// it was recorded.
/// </summary>
public static class AuditValueText
{
    public static string Display(string? value, TimeZoneInfo zone) => value switch
    {
        null => "–",
        { Length: >= 25 } when DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) =>
            TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture),
        { Length: 10 } when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) =>
            date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        _ => value,
    };
}
