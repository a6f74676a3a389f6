using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>
/// The one search box: customers, bookings, invoices, delivery orders, receipts, crew and assets as the
/// user types, grouped by kind, each hit linked to a page its user may open. The office (Admin and Staff)
/// finds everything (<see cref="OfficeSearch"/>); a Crew login only their own work (<see cref="CrewSearch"/>);
/// any other login nothing. Who sees what is decided here, from the signed-in actor, not by the page.
/// </summary>
public sealed class SearchService(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, BusinessCalendar calendar)
{
    public const int MinimumLength = SearchText.MinimumLength;

    public const int MaximumLength = SearchText.MaximumLength;

    /// <summary>Hits per kind in the box's list; the results page shows more.</summary>
    public const int HitsPerKind = 5;

    public const int MaximumHitsPerKind = 50;

    /// <summary>
    /// The groups with hits, the group holding the best match first (an invoice number typed whole puts
    /// Invoices on top), then in <see cref="SearchKind"/> order. Nothing for fewer than <see cref="MinimumLength"/> characters.
    /// </summary>
    public Task<IReadOnlyList<SearchGroup>> SearchAsync(string? text, int perKind = HitsPerKind, CancellationToken cancellationToken = default) =>
        RunAsync(text, perKind, plans: null, cancellationToken);

    /// <summary>The query plans of a search, each line led by the kind it reads, for the benchmark and the index tests.</summary>
    public async Task<IReadOnlyList<string>> ExplainAsync(string text, CancellationToken cancellationToken = default)
    {
        var plans = new List<string>();
        await RunAsync(text, HitsPerKind, plans, cancellationToken);
        return plans;
    }

    private async Task<IReadOnlyList<SearchGroup>> RunAsync(string? text, int perKind, List<string>? plans, CancellationToken cancellationToken)
    {
        if (SearchText.Parse(text) is not { } typed)
        {
            return [];
        }

        var who = await actor.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = new SearchRun(db, typed, Math.Clamp(perKind, 1, MaximumHitsPerKind), await PhoneOwners.FindAsync(db, typed, cancellationToken), plans);
        IReadOnlyList<SearchGroup> groups;
        if (who.IsOffice)
        {
            groups = await new OfficeSearch(run, calendar).RunAsync(cancellationToken);
        }
        else if (await db.CrewMemberOfAsync(who.UserId, cancellationToken) is { } me)
        {
            groups = await new CrewSearch(run, me, calendar).RunAsync(cancellationToken);
        }
        else
        {
            return [];
        }

        return groups.Where(g => g.Hits.Count > 0).OrderBy(g => g.Hits[0].Match).ThenBy(g => g.Kind).ToList();
    }
}
