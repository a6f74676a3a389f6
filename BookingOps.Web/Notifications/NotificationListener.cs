using System.Threading.Channels;
using BookingOps.Domain.Live;
using BookingOps.Domain.Notifications;

namespace BookingOps.Web.Notifications;

/// <summary>
/// Hands every commit the feed announces to the <see cref="Notifier"/>, one at a time and in order, off the saver's
/// thread (a page's circuit must not wait on it, and a burst of saves, like demo data, must not become a burst of
/// writers on the one database). A failure is logged; the save it followed stands.
/// </summary>
public sealed partial class NotificationListener(ChangeFeed changes, IServiceScopeFactory scopes, ILogger<NotificationListener> logger) : BackgroundService
{
    private readonly Channel<ChangeSet> waiting = Channel.CreateUnbounded<ChangeSet>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = changes.Subscribe(set =>
        {
            if (Notifier.MayRaise(set))
            {
                waiting.Writer.TryWrite(set);
            }

            return Task.CompletedTask;
        });
        await foreach (var set in waiting.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<Notifier>().RaiseAsync(set, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex, set.Sequence);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Notifications for change set {Sequence} could not be raised.")]
    private static partial void LogFailed(ILogger logger, Exception exception, long sequence);
}
