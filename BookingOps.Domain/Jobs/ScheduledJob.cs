using System.Globalization;

namespace BookingOps.Domain.Jobs;

/// <summary>When a job runs: every few minutes, or once a day at an hour of the business's own day.</summary>
public sealed record JobSchedule
{
    private JobSchedule(int? everyMinutes, int? dailyAtHour) => (EveryMinutes, DailyAtHour) = (everyMinutes, dailyAtHour);

    public int? EveryMinutes { get; }

    /// <summary>The hour of the business's day (in its time zone, as settings say now) a daily job runs at.</summary>
    public int? DailyAtHour { get; }

    public static JobSchedule Every(int minutes) => new(minutes, null);

    public static JobSchedule Daily(int hour) => new(null, hour);

    public override string ToString() => EveryMinutes switch
    {
        1 => "Every minute",
        60 => "Hourly",
        { } minutes => string.Create(CultureInfo.InvariantCulture, $"Every {minutes} minutes"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Daily at {DailyAtHour:00}:00"),
    };
}

/// <summary>A job as the Admin knows it: its name (the key of its runs and its lease), title, purpose and schedule.</summary>
public sealed record JobInfo(string Name, string Title, string Purpose, JobSchedule Schedule);

/// <summary>
/// A background job: work that is safe to repeat (running it twice does nothing twice), run on its schedule by
/// one app instance at a time (<see cref="JobRuns"/>), or by an Admin now.
/// </summary>
public interface IScheduledJob
{
    JobInfo Info { get; }

    /// <summary>Does what is due now and says what it did, in words for the Admin's jobs page.</summary>
    Task<string> RunAsync(CancellationToken cancellationToken);
}

/// <summary>What a job's runs say in words: "3 reminders raised", "1 reminder raised", "nothing due".</summary>
public static class JobOutcome
{
    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? singular : plural)}");
}
