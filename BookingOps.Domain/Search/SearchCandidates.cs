using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>
/// The records of one kind worth showing, gathered tier by tier (exact, then prefix, then contains
/// matches), each tier ordered and cut to the hits shown in SQL and all tiers sent as one UNION ALL.
/// However many records a short text matches, each tier reads only as far as its index gives the first
/// few, so a search costs the same on five years of data as on five weeks.
/// </summary>
internal sealed class SearchCandidates(int perKind)
{
    private readonly List<IQueryable<Candidate>> tiers = [];

    /// <summary>Adds a tier: the ids it matches, in the order the best of them come first.</summary>
    public SearchCandidates Add(IQueryable<int> ids, SearchMatch match)
    {
        tiers.Add(ids.Take(perKind).Select(id => new Candidate { Id = id, Match = match }));
        return this;
    }

    /// <summary>Each record found with the best way it matched.</summary>
    public async Task<IReadOnlyDictionary<int, SearchMatch>> ReadAsync(CancellationToken cancellationToken)
    {
        if (tiers.Count == 0)
        {
            return new Dictionary<int, SearchMatch>();
        }

        var found = await tiers.Aggregate(Queryable.Concat).ToListAsync(cancellationToken);
        return found.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.Min(c => c.Match));
    }

    /// <summary>An id and how it matched; a class with setters, so EF Core can put it in a UNION.</summary>
    private sealed class Candidate
    {
        public int Id { get; init; }

        public SearchMatch Match { get; init; }
    }
}
