using System.Collections.Concurrent;

namespace BookingOps.Domain.Live;

/// <summary>
/// Results that are the same for every user (the office's dashboard), kept for a few seconds and dropped as soon
/// as the change feed says a kind of record they are made from changed. One load serves every page that asks
/// meanwhile, so a busy office does not ask the database the same questions many times a second.
/// </summary>
public sealed class SharedReads(ChangeFeed changes, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<T> GetAsync<T>(string key, TimeSpan maxAge, IReadOnlyList<string> madeFrom, Func<Task<T>> load)
    {
        var versions = madeFrom.Select(changes.VersionOf).ToArray();
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(key, out var entry) && entry.Result is Task<T> kept && now - entry.LoadedAt < maxAge && entry.Versions.SequenceEqual(versions))
        {
            return await kept;
        }

        var mine = new Entry(load(), now, versions);
        entries[key] = mine;
        try
        {
            return await (Task<T>)mine.Result;
        }
        catch
        {
            // A failed load is not shared: the next page asks again.
            entries.TryRemove(new KeyValuePair<string, Entry>(key, mine));
            throw;
        }
    }

    private sealed record Entry(Task Result, DateTimeOffset LoadedAt, long[] Versions);
}
