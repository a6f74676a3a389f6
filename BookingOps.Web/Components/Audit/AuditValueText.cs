using System.Globalization;

namespace BookingOps.Web.Components.Audit;

/// <summary>
/// How a recorded value reads in the history: instants are stored as round-trip UTC text, and shown in the
/// business's time zone like every other time in the app; anything else as it was recorded.
/// </summary>
public static class AuditValueText
{
    public static string Display(string? value, TimeZoneInfo zone) =>
        value is null ? "–"
        : value.Length >= 25 && DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)
            : value;
}
