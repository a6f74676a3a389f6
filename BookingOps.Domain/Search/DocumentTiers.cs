using System.Linq.Expressions;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
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
    /// When the text is a phone number: the documents of the customers with exactly that phone, then of those
    /// whose phone starts with it (a tier per form), each from at most <see cref="PhoneCustomers"/> customers found
    /// through the phone digits' index. <paramref name="documentsOf"/> gives those customers' documents, newest first:
    /// written as a join from the customer ids, so SQLite starts from the few customers and reaches their documents
    /// by index, rather than walking a driver's (or the whole) document list to test each one against them.
    /// </summary>
    public static SearchTiers<TRow> AddByCustomerPhone<TDocument, TRow>(
        this SearchTiers<TRow> tiers,
        Func<IQueryable<int>, IQueryable<TDocument>> documentsOf,
        Func<SearchMatch, Func<IQueryable<TDocument>, IQueryable<TRow>>> rows)
        where TRow : SearchRow
    {
        var typed = tiers.Run.Typed;
        if (!typed.IsPhone)
        {
            return tiers;
        }

        var customers = tiers.Run.Db.Customers.AsNoTracking();
        var phone = typed.Phone;
        tiers.Add(documentsOf(customers.Where(c => phone.Contains(c.PhoneDigits)).OrderBy(c => c.Id).Select(c => c.Id).Take(PhoneCustomers)), rows(SearchMatch.Exact));
        foreach (var phoneStart in typed.PhonePrefixes)
        {
            tiers.Add(documentsOf(customers.Where(phoneStart.Matches<Customer>(c => c.PhoneDigits)).OrderBy(c => c.PhoneDigits).Select(c => c.Id).Take(PhoneCustomers)), rows(SearchMatch.Prefix));
        }

        return tiers;
    }
}
