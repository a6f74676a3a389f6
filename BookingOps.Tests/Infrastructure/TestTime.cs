using Microsoft.Extensions.Time.Testing;

namespace BookingOps.Tests.Infrastructure;

/// <summary>
/// The one instant every test's "now" starts from, whatever the machine's clock says: Saturday 21 Nov
/// 2026, 10:00 in Kuala Lumpur (02:00 UTC). Fixtures build their dates from <see cref="Today"/> in the
/// business's zone, so a test reads the same on any day at any hour.
/// </summary>
public static class TestTime
{
    public const string ZoneId = "Asia/Kuala_Lumpur";

    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById(ZoneId);

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The business's date at <see cref="Now"/>.</summary>
    public static DateOnly Today { get; } = DateOn(Now);

    /// <summary>The business's date at <paramref name="instant"/>.</summary>
    public static DateOnly DateOn(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>A wall-clock time in the business's zone, <paramref name="days"/> after <see cref="Today"/>.</summary>
    public static DateTime At(int days, int hour, int minute = 0) => Today.AddDays(days).ToDateTime(new TimeOnly(hour, minute));

    /// <summary>A business wall-clock time as the instant it is.</summary>
    public static DateTimeOffset Instant(DateTime local) => new(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);

    /// <summary>A clock that stands still at <see cref="Now"/> until the test moves it.</summary>
    public static FakeTimeProvider Frozen() => new(Now);

    /// <summary>
    /// A clock that starts at <see cref="Now"/> and then runs, for a real browser: pages wait, timers
    /// fire and sign-ins slide as they would in use.
    /// </summary>
    public static TimeProvider Running() => new RunningClock(Now - TimeProvider.System.GetUtcNow());

    private sealed class RunningClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
