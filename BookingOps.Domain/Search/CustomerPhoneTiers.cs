using BookingOps.Domain.Customers;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>Documents found through their customer's phone: a booking, an invoice, an order or a receipt by the number a caller gives.</summary>
internal static class CustomerPhoneTiers
{
    /// <summary>
    /// How many customers a typed phone's documents are drawn from. A few digits match thousands of
    /// customers; the newest documents of the first of them are as good an answer, and stay cheap.
    /// </summary>
    internal const int Customers = 20;

    /// <summary>
    /// When the text is a phone number: the documents of the customers with exactly that phone, then of those
    /// whose phone starts with it (a tier per form), each from at most <see cref="Customers"/> customers found
    /// through the phone digits' index. <paramref name="documentsOf"/> gives those customers' documents, newest first:
    /// written as a join from the customer ids, so SQLite starts from the few customers and reaches their documents
    /// by index, rather than walking a driver's (or the whole) document list to test each one against them.
    /// </summary>
    public static void AddByCustomerPhone<TDocument, TRow>(
        this SearchTiers<TRow> tiers,
        Func<IQueryable<int>, IQueryable<TDocument>> documentsOf,
        Func<SearchMatch, Func<IQueryable<TDocument>, IQueryable<TRow>>> rows)
        where TRow : SearchRow
    {
        var typed = tiers.Run.Typed;
        if (!typed.IsPhone)
        {
            return;
        }

        var customers = tiers.Run.Db.Customers.AsNoTracking();
        var phone = typed.Phone;
        tiers.Add(documentsOf(customers.Where(c => phone.Contains(c.PhoneDigits)).OrderBy(c => c.Id).Select(c => c.Id).Take(Customers)), rows(SearchMatch.Exact));
        foreach (var phoneStart in typed.PhonePrefixes)
        {
            tiers.Add(documentsOf(customers.Where(phoneStart.Matches<Customer>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits).Select(c => c.Id).Take(Customers)), rows(SearchMatch.Prefix));
        }
    }
}
