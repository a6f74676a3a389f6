using System.Globalization;
using BookingOps.Domain.Settings;

namespace BookingOps.Web.Hosting;

/// <summary>Shows stored UTC instants in the business's own time zone (loaded once per page session).</summary>
public sealed class BusinessTimeZone(BusinessSettingsService settings)
{
    private TimeZoneInfo? zone;

    public async Task<TimeZoneInfo> GetAsync()
    {
        if (zone is null)
        {
            var id = (await settings.GetAsync())?.TimeZoneId;
            zone = id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
        }

        return zone;
    }

    public async Task<string> FormatAsync(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, await GetAsync()).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);
}
