using BookingOps.Domain.Bookings;

namespace BookingOps.Web.Jobs;

/// <summary>
/// Releases the dates of tentative bookings whose hold has lapsed, every few minutes. Idempotent: a
/// lapsed hold is cancelled once, and a second run finds nothing to do.
/// </summary>
public sealed partial class HoldExpiryJob(IServiceScopeFactory scopes, ILogger<HoldExpiryJob> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<BookingService>().ExpireHoldsAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(logger, expired);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Released {Count} lapsed booking holds.")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The hold expiry run failed; it will try again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
