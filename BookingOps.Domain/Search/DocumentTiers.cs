using System.Linq.Expressions;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>How documents (bookings, invoices, delivery orders, receipts) are found: by their number, or by the phone of the customer a caller gives.</summary>
internal static class DocumentTiers
{
    /// <summary>
    /// How many customers a typed phone's documents are drawn from. A few digits match thousands of
    /// customers; the newest documents of the first of them are as good an answer, and stay cheap.
    /// </summary>
    internal const int PhoneCustomers = 20;

    /// <summary>
    /// When the text could start a number of this kind (PREFIX-YEAR-SEQUENCE, any case): the number typed
    /// whole, then the numbers starting with it, newest first, each through the unique number index.
    /// </summary>
    public static SearchTiers<TRow> AddByNumber<TDocument, TRow>(
        this SearchTiers<TRow> tiers,
        IQueryable<TDocument> documents,
        string prefix,
        Expression<Func<TDocument, string?>> number,
        Func<SearchMatch, Func<IQueryable<TDocument>, IQueryable<TRow>>> rows)
        where TRow : SearchRow
    {
        var typed = tiers.Run.Typed;
        return typed.CouldStartNumber(prefix)
            ? tiers
                .Add(documents.Where(typed.Number.Exactly(number)).OrderBy(number), rows(SearchMatch.Exact))
                .Add(documents.Where(typed.Number.Matches(number)).OrderByDescending(number), rows(SearchMatch.Prefix))
            : tiers;
    }

    /// <summary>When the text could be a page of the paper delivery order book (it has a digit): the orders written on that page, in any series.</summary>
    public static SearchTiers<TRow> AddByBookNumber<TRow>(
        this SearchTiers<TRow> tiers, IQueryable<DeliveryOrder> orders, Func<SearchMatch, Func<IQueryable<DeliveryOrder>, IQueryable<TRow>>> rows)
        where TRow : SearchRow
    {
        var typed = tiers.Run.Typed;
        if (!typed.HasDigit)
        {
            return tiers;
        }

        var page = typed.Text;
        return tiers.Add(orders.Where(o => o.BookNumber == page).OrderByDescending(o => o.Id), rows(SearchMatch.Exact));
    }

    /// <summary>
    /// When the text is a phone number: the documents of the customers with exactly that phone, then of the
    /// others whose phone starts with it (<see cref="SearchRun.Owners"/>), newest first. <paramref name="documentsOf"/>
    /// gives a list of customers' documents, newest first; the ids go to SQL as a short list, so each is an
    /// index lookup.
    /// </summary>
    public static SearchTiers<TRow> AddByCustomerPhone<TDocument, TRow>(
        this SearchTiers<TRow> tiers,
        Func<IReadOnlyList<int>, IQueryable<TDocument>> documentsOf,
        Func<SearchMatch, Func<IQueryable<TDocument>, IQueryable<TRow>>> rows)
        where TRow : SearchRow
    {
        var owners = tiers.Run.Owners;
        if (owners.Exactly.Count > 0)
        {
            tiers.Add(documentsOf(owners.Exactly), rows(SearchMatch.Exact));
        }

        if (owners.Starting.Count > 0)
        {
            tiers.Add(documentsOf(owners.Starting), rows(SearchMatch.Prefix));
        }

        return tiers;
    }
}

/// <summary>
/// The customers a typed phone points at, looked up once for every kind of document: those with exactly
/// that number, and up to <see cref="DocumentTiers.PhoneCustomers"/> others whose number starts with it.
/// </summary>
internal sealed record PhoneOwners(IReadOnlyList<int> Exactly, IReadOnlyList<int> Starting)
{
    public static PhoneOwners None { get; } = new([], []);

    public static async Task<PhoneOwners> FindAsync(BookingOpsDbContext db, SearchText typed, CancellationToken cancellationToken)
    {
        if (!typed.IsPhone)
        {
            return None;
        }

        // The whole number, then a range of the phone index per form: each range walked in order, stopping at the first few.
        var customers = db.Customers.AsNoTracking();
        var phone = typed.Phone;
        var candidates = typed.PhonePrefixes.Aggregate(
            customers.Where(c => phone.Contains(c.PhoneDigits)).OrderBy(c => c.Id).Take(DocumentTiers.PhoneCustomers).Select(c => new { c.Id, c.PhoneDigits }),
            (found, start) => found.Concat(customers.Where(start.Matches<Customer>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits).Take(DocumentTiers.PhoneCustomers).Select(c => new { c.Id, c.PhoneDigits })));
        var owners = await candidates.ToListAsync(cancellationToken);
        var exactly = owners.Where(c => phone.Contains(c.PhoneDigits)).Select(c => c.Id).Distinct().ToList();
        return new PhoneOwners(exactly, owners.Select(c => c.Id).Distinct().Except(exactly).Take(DocumentTiers.PhoneCustomers).ToList());
    }
}
