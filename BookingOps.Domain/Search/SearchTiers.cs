using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>
/// One search under way: the database, what was typed, the hits wanted per kind, the customers a typed phone
/// points at, and, when explaining, where query plans go.
/// </summary>
internal sealed record SearchRun(BookingOpsDbContext Db, SearchText Typed, int PerKind, PhoneOwners Owners, List<string>? Plans = null);

/// <summary>A record as a search tier reads it: which one, and how it matched. Classes with init properties, so EF Core can put them in a UNION.</summary>
internal abstract class SearchRow
{
    public int Id { get; init; }

    public SearchMatch Match { get; init; }
}

/// <summary>
/// The records of one kind worth showing, gathered tier by tier (exact, then prefix, then contains
/// matches), each tier ordered and cut to the hits shown in SQL, and all of a kind's tiers sent as one
/// UNION ALL with the columns its hits show. However many records a short text matches, each tier reads
/// only as far as its index gives the first few, so a search costs the same on five years of data as on
/// five weeks, and one round trip per kind.
/// </summary>
internal sealed class SearchTiers<TRow>(SearchRun run, SearchKind kind)
    where TRow : SearchRow
{
    private readonly List<IQueryable<TRow>> tiers = [];

    public SearchRun Run => run;

    /// <summary>The kind's group of hits, as the caller ordered and cut them.</summary>
    public SearchGroup Group(IReadOnlyList<SearchHit> hits) => new(kind, hits);

    /// <summary>
    /// Adds a tier: the records it matches, ordered best first, cut in SQL to the hits shown, then read
    /// (joined to what the hit shows) by <paramref name="read"/>.
    /// </summary>
    public SearchTiers<TRow> Add<TEntity>(IQueryable<TEntity> ordered, Func<IQueryable<TEntity>, IQueryable<TRow>> read)
    {
        tiers.Add(read(ordered.Take(run.PerKind)));
        return this;
    }

    /// <summary>Each record found once, with the best way it matched; the caller orders them and keeps the hits shown.</summary>
    public async Task<IEnumerable<TRow>> ReadAsync<TKey>(Func<TRow, TKey> identity, CancellationToken cancellationToken)
    {
        if (tiers.Count == 0)
        {
            return [];
        }

        var union = tiers.Aggregate(Queryable.Concat);
        if (run.Plans is { } plans)
        {
            plans.AddRange((await QueryPlan.ExplainAsync(run.Db, union, cancellationToken)).Select(line => $"{kind}: {line}"));
        }

        return (await union.ToListAsync(cancellationToken)).GroupBy(identity).Select(g => g.MinBy(r => r.Match)!);
    }
}
