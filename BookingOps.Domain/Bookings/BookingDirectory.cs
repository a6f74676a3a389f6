using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Bookings;

/// <summary>Booking reads: the filtered list, one booking, and the calendar's window; all filtered and paged in SQL.</summary>
public sealed class BookingDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<PagedResult<BookingListItem>> ListAsync(BookingListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var bookings = db.Bookings.AsNoTracking();
        if (query.Status is { } status)
        {
            bookings = bookings.Where(b => b.Status == status);
        }

        bookings = Overlapping(bookings, query.From, query.To);
        if (query.CustomerId is { } customerId)
        {
            bookings = bookings.Where(b => b.CustomerId == customerId);
        }

        if (Text.Clean(query.Area) is { } area)
        {
            bookings = bookings.Where(b => b.Area == area);
        }

        if (Text.Clean(query.Search) is { } search)
        {
            // A booking number, or words of the customer's name, phone or email.
            var number = NumberPrefix.Of(search);
            var customers = CustomerSearchExpression.Build(search) is { } match ? CustomerSearchIndex.Matches(db, match) : null;
            bookings = bookings.Where(number.Matches<Booking>(b => b.Number, customers is null ? null : b => customers.Contains(b.CustomerId)));
        }

        var total = await bookings.CountAsync(cancellationToken);
        var page = query.PageOrDefault;
        var ordered = (page.SortBy, page.Descending) switch
        {
            (nameof(BookingListItem.Number), false) => bookings.OrderBy(b => b.Number),
            (nameof(BookingListItem.Number), true) => bookings.OrderByDescending(b => b.Number),
            (_, true) => bookings.OrderByDescending(b => b.StartsAt).ThenByDescending(b => b.Id),
            _ => bookings.OrderBy(b => b.StartsAt).ThenBy(b => b.Id),
        };
        var items = await Items(db, ordered.Skip(page.SafeSkip).Take(page.SafeTake)).ToListAsync(cancellationToken);
        return new PagedResult<BookingListItem>(items, total);
    }

    public async Task<Booking?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
    }

    /// <summary>Bookings that overlap [from, to), cancelled ones left out, for the calendar.</summary>
    /// <summary>Bookings overlapping [<paramref name="from"/>, <paramref name="to"/>), cancelled ones left out, by start.</summary>
    public async Task<IReadOnlyList<BookingListItem>> ScheduledAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var bookings = Overlapping(db.Bookings.AsNoTracking(), from, to)
            .Where(b => b.Status != BookingStatus.Cancelled)
            .OrderBy(b => b.StartsAt)
            .Take(2_000);
        return await Items(db, bookings, payments: false).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// List rows with the customer's name and, when <paramref name="payments"/>, what the booking's issued
    /// invoices collected (two indexed subqueries a row, which the dashboard's day and week do without).
    /// </summary>
    internal static IQueryable<BookingListItem> Items(BookingOpsDbContext db, IQueryable<Booking> bookings, bool payments = true) =>
        from b in bookings
        join c in db.Customers on b.CustomerId equals c.Id
        select new BookingListItem(
            b.Id, b.Number, b.CustomerId, c.Name, b.ServiceType, b.StartsAt, b.EndsAt, b.Area, b.Status, b.Total, b.HoldExpiresAt,
            b.DepositAmount,
            payments ? db.Invoices.Where(i => i.BookingId == b.Id && i.Number != null && i.Status != InvoiceStatus.Voided).Sum(i => i.PaidTotal) : null,
            payments ? db.Invoices.Where(i => i.BookingId == b.Id && i.Number != null && i.Status != InvoiceStatus.Voided).Sum(i => i.RefundedTotal) : null);

    /// <summary>
    /// Overlap with [from, to). Bounding the start from below by the longest possible job keeps the scan on
    /// the start-time index to a window instead of all history.
    /// </summary>
    internal static IQueryable<Booking> Overlapping(IQueryable<Booking> bookings, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start)
        {
            var earliestStart = start - BookingInput.LongestJob;
            bookings = bookings.Where(b => b.StartsAt > earliestStart && b.EndsAt > start);
        }

        if (to is { } end)
        {
            bookings = bookings.Where(b => b.StartsAt < end);
        }

        return bookings;
    }
}
