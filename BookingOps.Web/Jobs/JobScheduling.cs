using BookingOps.Domain.Jobs;
using BookingOps.Domain.Settings;
using Coravel;
using Coravel.Scheduling.Schedule.Interfaces;

namespace BookingOps.Web.Jobs;

/// <summary>
/// Puts the background jobs on Coravel's scheduler. Coravel keeps the timetable in this process (no tables of its
/// own); the database lease in <see cref="JobRuns"/> makes each occurrence run on one instance only. A daily job is
/// checked hourly and runs in the hour its schedule names on the business's clock, so a time zone changed in
/// settings moves it without a restart.
/// </summary>
public static partial class JobScheduling
{
    public static IServiceCollection AddJobScheduling(this IServiceCollection services) => services.AddScheduler();

    public static void ScheduleJobs(this IServiceProvider services)
    {
        IReadOnlyList<JobInfo> jobs;
        using (var scope = services.CreateScope())
        {
            jobs = scope.ServiceProvider.GetRequiredService<BackgroundJobs>().All;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(JobScheduling));
        services.UseScheduler(scheduler =>
        {
            foreach (var job in jobs)
            {
                var runs = scheduler.ScheduleAsync(() => RunAsync(services, job, logger));
                IScheduledEventConfiguration scheduled = job.Schedule switch
                {
                    { EveryMinutes: 60 } => runs.Hourly().RunOnceAtStart(),
                    { EveryMinutes: { } minutes } => runs.Cron($"*/{minutes} * * * *").RunOnceAtStart(),
                    { DailyAtHour: { } hour } => runs.Hourly().When(() => IsBusinessHourAsync(services, hour)),
                    _ => throw new InvalidOperationException($"The job {job.Name} has no schedule."),
                };
                scheduled.PreventOverlapping(job.Name);
            }
        }).OnError(error => LogFailed(logger, error));
    }

    private static async Task RunAsync(IServiceProvider services, JobInfo job, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var occurrence = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        var result = await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().RunScheduledAsync(job.Name, occurrence);
        if (!result.Ran)
        {
            LogPassed(logger, job.Name, result.Outcome);
        }
    }

    private static async Task<bool> IsBusinessHourAsync(IServiceProvider services, int hour)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<BusinessCalendar>().NowAsync()).Hour == hour;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A background job failed; its run is recorded and it runs again on schedule.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Background job {Job} passed: {Reason}")]
    private static partial void LogPassed(ILogger logger, string job, string reason);
}
