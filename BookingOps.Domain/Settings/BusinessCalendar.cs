using System.Globalization;

namespace BookingOps.Domain.Settings;

/// <summary>
/// The business's time zone, currency and "today", loaded once per scope: times are stored in UTC and
/// shown, entered and grouped by day in the business's own zone. Everything that asks what day or time
/// it is asks here (or the <see cref="TimeProvider"/> for an instant), never the machine's clock.
/// </summary>
public sealed class BusinessCalendar(BusinessSettingsService settings, TimeProvider clock)
{
    private TimeZoneInfo? zone;
    private string? currency;

    public async Task<TimeZoneInfo> ZoneAsync()
    {
        await LoadAsync();
        return zone!;
    }

    public async Task<string> CurrencyAsync()
    {
        await LoadAsync();
        return currency!;
    }

    /// <summary>The wall-clock time now in the business's zone.</summary>
    public async Task<DateTime> NowAsync() => await ToLocalAsync(clock.GetUtcNow());

    /// <summary>The business's date now: what "today", "due" and "overdue" mean, and a number series' year.</summary>
    public async Task<DateOnly> TodayAsync() => DateOnly.FromDateTime(await NowAsync());

    /// <summary>The Monday of <paramref name="day"/>'s week: boards and week views start there.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public async Task<DateTimeOffset> ToUtcAsync(DateTime local) => ToUtc(local, await ZoneAsync());

    public async Task<DateTime> ToLocalAsync(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, await ZoneAsync()).DateTime;

    public async Task<string> FormatAsync(DateTimeOffset instant) => Format(instant, await ZoneAsync());

    /// <summary>An instant as pages and messages write it in <paramref name="zone"/>: "3 Dec 2026, 14:00".</summary>
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day as pages and messages write it: "3 Dec 2026".</summary>
    public static string Format(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A wall-clock time in <paramref name="zone"/> as a UTC instant; a time skipped by a clock change moves on an hour.</summary>
    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
    }

    /// <summary>The business's day an instant falls on in <paramref name="zone"/>: 23:30 local on the 31st is the 31st.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private async Task LoadAsync()
    {
        if (zone is not null)
        {
            return;
        }

        var profile = await settings.GetAsync();
        zone = profile is not null && TimeZoneInfo.TryFindSystemTimeZoneById(profile.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        currency = profile?.CurrencyCode ?? "MYR";
    }
}
