using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Search;

/// <summary>
/// A crew member's search: only their own work, as their own pages show it. Bookings they are assigned to
/// (by number; they open on My work), their issued delivery orders (by number, paper book number or the
/// customer's phone, as the driver's page shows it) and the cash receipts taken on those orders. Never
/// customers, invoices, other people or the fleet.
/// </summary>
internal sealed class CrewSearch(BookingOpsDbContext db, SearchText typed, int perKind, int me, BusinessCalendar calendar)
{
    public async Task<IReadOnlyList<SearchGroup>> RunAsync(CancellationToken cancellationToken) =>
    [
        await BookingsAsync(cancellationToken),
        await DeliveryOrdersAsync(cancellationToken),
        await ReceiptsAsync(cancellationToken),
    ];

    private IQueryable<DeliveryOrder> MyOrders => db.DeliveryOrders.AsNoTracking().Where(FieldWork.OpenableBy(me));

    private async Task<SearchGroup> BookingsAsync(CancellationToken cancellationToken)
    {
        var mine = db.CrewAssignments.AsNoTracking().Where(a => a.CrewMemberId == me);
        var bookings = db.Bookings.AsNoTracking();
        var upper = typed.Upper;
        var candidates = new SearchCandidates(perKind)
            .Add(bookings.Where(b => b.Number == upper && mine.Any(a => a.BookingId == b.Id)).OrderBy(b => b.Id).Select(b => b.Id), SearchMatch.Exact)
            .Add(
                from a in mine
                join b in bookings.Where(typed.Number.Matches<Booking>(b => b.Number)) on a.BookingId equals b.Id
                orderby b.Number descending
                select b.Id,
                SearchMatch.Prefix);

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        if (ids.Count == 0)
        {
            return new SearchGroup(SearchKind.Booking, []);
        }

        var zone = await calendar.ZoneAsync();
        var rows = await (
            from a in mine
            join b in bookings on a.BookingId equals b.Id
            where ids.Contains(b.Id)
            select new { b.Id, b.Number, b.ServiceType, a.StartsAt, a.Role })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Booking, rows
            .DistinctBy(b => b.Id)
            .OrderBy(b => found[b.Id]).ThenByDescending(b => b.StartsAt)
            .Take(perKind)
            .Select(b => new SearchHit(b.Number, SearchFormat.Join(b.ServiceType, SearchFormat.Day(b.StartsAt, zone), b.Role), "my-work", found[b.Id]))
            .ToList());
    }

    private async Task<SearchGroup> DeliveryOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = MyOrders;
        var (text, upper, phone) = (typed.Text, typed.Upper, typed.Phone);
        var candidates = new SearchCandidates(perKind)
            .Add(orders.Where(o => o.Number == upper || o.BookNumber == text).OrderByDescending(o => o.Id).Select(o => o.Id), SearchMatch.Exact)
            .Add(orders.Where(typed.Number.Matches<DeliveryOrder>(o => o.Number)).OrderByDescending(o => o.Number).Select(o => o.Id), SearchMatch.Prefix);
        if (typed.IsPhone)
        {
            // Their own orders are few enough to look through for the customer's phone.
            var customers = db.Customers.AsNoTracking();
            candidates
                .Add(orders.Join(customers.Where(c => phone.Contains(c.PhoneDigits)), o => o.CustomerId, c => c.Id, (o, _) => o).OrderByDescending(o => o.Id).Select(o => o.Id), SearchMatch.Exact)
                .Add(orders.Join(customers.Where(typed.PhoneStartsWith<Customer>(c => c.PhoneDigits)), o => o.CustomerId, c => c.Id, (o, _) => o).OrderByDescending(o => o.Id).Select(o => o.Id), SearchMatch.Prefix);
        }

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await (
            from o in orders
            join c in db.Customers on o.CustomerId equals c.Id
            where ids.Contains(o.Id)
            select new { o.Id, o.Number, Customer = c.Name, o.ScheduledOn })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.DeliveryOrder, rows
            .OrderBy(o => found[o.Id]).ThenByDescending(o => o.Id)
            .Take(perKind)
            .Select(o => new SearchHit(o.Number ?? string.Empty, SearchFormat.Join(o.Customer, SearchFormat.Day(o.ScheduledOn)), $"driver/orders/{o.Id}", found[o.Id]))
            .ToList());
    }

    /// <summary>Cash receipts taken on their own orders, which the driver's order page lists.</summary>
    private async Task<SearchGroup> ReceiptsAsync(CancellationToken cancellationToken)
    {
        var receipts =
            from r in db.FieldReceipts.AsNoTracking()
            join o in MyOrders on r.DeliveryOrderId equals o.Id
            select r;
        var upper = typed.Upper;
        var candidates = new SearchCandidates(perKind)
            .Add(receipts.Where(r => r.ReceiptNumber == upper).OrderBy(r => r.Id).Select(r => r.Id), SearchMatch.Exact)
            .Add(receipts.Where(typed.Number.Matches<FieldReceipt>(r => r.ReceiptNumber)).OrderByDescending(r => r.ReceiptNumber).Select(r => r.Id), SearchMatch.Prefix);

        var found = await candidates.ReadAsync(cancellationToken);
        var ids = found.Keys.ToList();
        var rows = ids.Count == 0 ? [] : await (
            from r in db.FieldReceipts.AsNoTracking()
            join o in MyOrders on r.DeliveryOrderId equals o.Id
            where ids.Contains(r.Id)
            select new { r.Id, r.ReceiptNumber, Order = o.Number, OrderId = o.Id, r.Amount, r.ReceivedOn })
            .ToListAsync(cancellationToken);
        return new SearchGroup(SearchKind.Receipt, rows
            .OrderBy(r => found[r.Id]).ThenByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
            .Take(perKind)
            .Select(r => new SearchHit(r.ReceiptNumber, SearchFormat.Join(r.Order, SearchFormat.Money(r.Amount), SearchFormat.Day(r.ReceivedOn)), $"driver/orders/{r.OrderId}", found[r.Id]))
            .ToList());
    }
}
