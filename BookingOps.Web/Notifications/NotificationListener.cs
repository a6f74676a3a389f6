using BookingOps.Domain.Live;
using BookingOps.Domain.Notifications;

namespace BookingOps.Web.Notifications;

/// <summary>
/// Hands every commit the feed announces to the <see cref="Notifier"/>, on the thread pool rather than the saver's
/// thread (a page's circuit, which must not wait on it). A failure is logged; the save it followed stands.
/// </summary>
public sealed partial class NotificationListener(ChangeFeed changes, IServiceScopeFactory scopes, ILogger<NotificationListener> logger) : IHostedService
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = changes.Subscribe(set => Notifier.MayRaise(set) ? Task.Run(() => RaiseAsync(set), CancellationToken.None) : Task.CompletedTask);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task RaiseAsync(ChangeSet set)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Notifier>().RaiseAsync(set);
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex, set.Sequence);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifications for change set {Sequence} could not be raised.")]
    private static partial void LogFailed(ILogger logger, Exception exception, long sequence);
}
