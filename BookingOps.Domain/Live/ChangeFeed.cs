using Microsoft.Extensions.Logging;

namespace BookingOps.Domain.Live;

/// <summary>
/// Tells open pages that data changed, so calendars, lists and dashboards refresh without a reload.
/// Services publish after their transaction commits; each page subscribes for as long as it is open
/// and disposes the subscription when its circuit ends. In-process: one app instance, one feed.
/// </summary>
public sealed partial class ChangeFeed(ILogger<ChangeFeed> logger)
{
    private readonly Lock gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> versions = new(StringComparer.Ordinal);
    private Func<DataChange, Task>[] subscribers = [];

    public int SubscriberCount => Volatile.Read(ref subscribers).Length;

    public IDisposable Subscribe(Func<DataChange, Task> onChange)
    {
        lock (gate)
        {
            subscribers = [.. subscribers, onChange];
        }

        return new Subscription(this, onChange);
    }

    /// <summary>How many times a kind of record has changed since the app started: what a shared read was made at.</summary>
    public long VersionOf(string entityType) => versions.GetValueOrDefault(entityType);

    /// <summary>
    /// Notifies every subscriber; one failing page never stops the others or the publisher. The kind's version moves
    /// on first, so a page refreshing on this change never reads a shared result made before it.
    /// </summary>
    public void Publish(DataChange change)
    {
        versions.AddOrUpdate(change.EntityType, 1, (_, version) => version + 1);
        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            _ = NotifyAsync(subscriber, change);
        }
    }

    private async Task NotifyAsync(Func<DataChange, Task> subscriber, DataChange change)
    {
        try
        {
            await subscriber(change);
        }
        catch (Exception ex)
        {
            LogRefreshFailed(logger, ex, change.EntityType, change.Id);
        }
    }

    private void Unsubscribe(Func<DataChange, Task> onChange)
    {
        lock (gate)
        {
            subscribers = subscribers.Where(s => s != onChange).ToArray();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page failed to refresh after {EntityType} {Id} changed.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, string entityType, int id);

    private sealed class Subscription(ChangeFeed feed, Func<DataChange, Task> onChange) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(onChange);
    }
}
