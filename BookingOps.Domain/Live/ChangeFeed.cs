using Microsoft.Extensions.Logging;

namespace BookingOps.Domain.Live;

/// <summary>
/// Tells open pages that data changed, so calendars, lists and dashboards refresh without a reload. The audit
/// interceptor, which sees every save, publishes each commit's changes once it has committed (no service publishes
/// by hand); each page subscribes for as long as it is open, asks whether a set concerns what it shows, and
/// disposes the subscription when its circuit ends. In-process: one app instance, one feed.
/// </summary>
public sealed partial class ChangeFeed(ILogger<ChangeFeed> logger)
{
    private readonly Lock gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> versions = new(StringComparer.Ordinal);
    private Func<ChangeSet, Task>[] subscribers = [];
    private long sequence;

    public int SubscriberCount => Volatile.Read(ref subscribers).Length;

    /// <summary>The last set's number: a page that reloaded after it has seen everything up to it.</summary>
    public long Sequence => Interlocked.Read(ref sequence);

    public IDisposable Subscribe(Func<ChangeSet, Task> onChange)
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
    /// Numbers the commit's changes and notifies every subscriber; one failing page never stops the others or the
    /// saver. The kinds' versions move on first, so a page refreshing on this set never reads a shared result made
    /// before it.
    /// </summary>
    public ChangeSet Publish(IReadOnlyList<DataChange> changes, ChangeOrigin? origin = null)
    {
        var set = new ChangeSet(Interlocked.Increment(ref sequence), origin, changes);
        foreach (var entityType in changes.Select(c => c.EntityType).Distinct())
        {
            versions.AddOrUpdate(entityType, 1, (_, version) => version + 1);
        }

        foreach (var subscriber in Volatile.Read(ref subscribers))
        {
            _ = NotifyAsync(subscriber, set);
        }

        return set;
    }

    private async Task NotifyAsync(Func<ChangeSet, Task> subscriber, ChangeSet set)
    {
        try
        {
            await subscriber(set);
        }
        catch (Exception ex)
        {
            LogRefreshFailed(logger, ex, set.Sequence, string.Join(", ", set.Changes.Select(c => c.EntityType).Distinct()));
        }
    }

    private void Unsubscribe(Func<ChangeSet, Task> onChange)
    {
        lock (gate)
        {
            subscribers = subscribers.Where(s => s != onChange).ToArray();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A page failed to refresh after change set {Sequence} ({EntityTypes}).")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, long sequence, string entityTypes);

    private sealed class Subscription(ChangeFeed feed, Func<ChangeSet, Task> onChange) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(onChange);
    }
}
