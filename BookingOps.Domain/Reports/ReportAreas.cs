using BookingOps.Domain.Fleet;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// Areas as the reports by area read them. Areas are typed by hand, so "Klang" and "klang" are one area (the
/// filter's list already offers them as one), and a record without an area still counts, as "No area", last.
/// </summary>
internal static class ReportAreas
{
    public const string None = "No area";

    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    /// <summary>The assets in the chosen area, whatever its case; every asset when none is chosen.</summary>
    public static IQueryable<Asset> InArea(this IQueryable<Asset> assets, string? area) =>
        area is null ? assets : assets.Where(a => EF.Functions.Collate(a.Area, "NOCASE") == area);

    /// <summary>
    /// Folds rows keyed by an area as typed into one group per area, named as first seen (the rows come ordered
    /// by area, so the capitalised spelling wins), the groups alphabetical with "No area" last.
    /// </summary>
    public static IEnumerable<IGrouping<string, T>> ByArea<T>(this IEnumerable<T> rows, Func<T, string?> area)
    {
        var names = new Dictionary<string, string>(Comparer);
        string Name(string? typed)
        {
            if (typed is null)
            {
                return None;
            }

            names.TryAdd(typed, typed);
            return names[typed];
        }

        return rows.GroupBy(r => Name(area(r))).OrderBy(g => g.Key == None).ThenBy(g => g.Key, Comparer);
    }
}
