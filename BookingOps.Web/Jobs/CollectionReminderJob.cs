using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Jobs;

namespace BookingOps.Web.Jobs;

/// <summary>
/// Turns collection reminders that have fallen due into office notifications, every few minutes. Idempotent:
/// a reminder is raised once, and its run (when, how long, what it did) is kept for the Admin.
/// </summary>
public sealed partial class CollectionReminderJob(IServiceScopeFactory scopes, ILogger<CollectionReminderJob> logger) : BackgroundService
{
    public const string Name = "Collection reminders";

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var reminders = scope.ServiceProvider.GetRequiredService<CollectionReminders>();
                await scope.ServiceProvider.GetRequiredService<JobRuns>().RunAsync(Name, async cancellationToken =>
                {
                    var raised = await reminders.RaiseDueAsync(cancellationToken);
                    return raised == 0 ? "No reminders due." : $"Raised {raised} collection reminder{(raised == 1 ? "" : "s")}.";
                }, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The collection reminder run failed; it will try again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
