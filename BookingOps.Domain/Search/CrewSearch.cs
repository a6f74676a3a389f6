using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
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
internal sealed class CrewSearch(SearchRun run, int me, BusinessCalendar calendar)
{
    private readonly BookingOpsDbContext db = run.Db;
    private readonly SearchText typed = run.Typed;
    private readonly int perKind = run.PerKind;

    public async Task<IReadOnlyList<SearchGroup>> RunAsync(CancellationToken cancellationToken) =>
    [
        await BookingsAsync(cancellationToken),
        await DeliveryOrdersAsync(cancellationToken),
        await ReceiptsAsync(cancellationToken),
    ];

    private IQueryable<CrewAssignment> MyAssignments => db.CrewAssignments.AsNoTracking().Where(a => a.CrewMemberId == me);

    private IQueryable<DeliveryOrder> MyOrders => db.DeliveryOrders.AsNoTracking().Where(FieldWork.OpenableBy(me));

    private async Task<SearchGroup> BookingsAsync(CancellationToken cancellationToken)
    {
        var tiers = new SearchTiers<JobRow>(run, SearchKind.Booking);
        if (typed.CouldStartNumber(BookingService.NumberPrefix))
        {
            var upper = typed.Upper;
            var starting = db.Bookings.Where(typed.Number.Matches<Booking>(b => b.Number));
            tiers
                .Add(from a in MyAssignments join b in db.Bookings on a.BookingId equals b.Id where b.Number == upper orderby a.Id select a, Rows(SearchMatch.Exact))
                .Add(from a in MyAssignments join b in starting on a.BookingId equals b.Id orderby b.Number descending select a, Rows(SearchMatch.Prefix));
        }

        var rows = (await tiers.ReadAsync(j => j.Id, cancellationToken)).ToList();
        if (rows.Count == 0)
        {
            return tiers.Group([]);
        }

        var zone = await calendar.ZoneAsync();
        return tiers.Group(rows
            .OrderBy(j => j.Match).ThenByDescending(j => j.StartsAt)
            .Take(perKind)
            .Select(j => new SearchHit(j.Number, SearchFormat.Join(j.ServiceType, SearchFormat.Day(j.StartsAt, zone), j.Role), "my-work", j.Match))
            .ToList());

        Func<IQueryable<CrewAssignment>, IQueryable<JobRow>> Rows(SearchMatch match) => found =>
            from a in found
            join b in db.Bookings on a.BookingId equals b.Id
            select new JobRow { Id = b.Id, Match = match, Number = b.Number, ServiceType = b.ServiceType, StartsAt = a.StartsAt, Role = a.Role };
    }

    private async Task<SearchGroup> DeliveryOrdersAsync(CancellationToken cancellationToken)
    {
        var orders = MyOrders;
        var tiers = new SearchTiers<OrderRow>(run, SearchKind.DeliveryOrder)
            .AddByNumber(orders, DeliveryOrder.NumberPrefix, o => o.Number, Rows)
            .AddByBookNumber(orders, Rows);

        // From the few customers with the phone to their orders, then whether each is this driver's: checked order by order,
        // so SQLite does not walk the driver's thousands of orders (the index it would otherwise pick) to find them.
        tiers.AddByCustomerPhone(
            owners => db.DeliveryOrders.Where(o => owners.Contains(o.CustomerId) && orders.Any(mine => mine.Id == o.Id)).OrderByDescending(o => o.Id),
            Rows);
        var rows = await tiers.ReadAsync(o => o.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(o => o.Match).ThenByDescending(o => o.Id)
            .Take(perKind)
            .Select(o => new SearchHit(o.Number, SearchFormat.Join(o.Customer, SearchFormat.Day(o.ScheduledOn)), $"driver/orders/{o.Id}", o.Match))
            .ToList());

        Func<IQueryable<DeliveryOrder>, IQueryable<OrderRow>> Rows(SearchMatch match) => found =>
            from o in found
            join c in db.Customers on o.CustomerId equals c.Id
            select new OrderRow { Id = o.Id, Match = match, Number = o.Number ?? string.Empty, Customer = c.Name, ScheduledOn = o.ScheduledOn };
    }

    /// <summary>Cash receipts taken on their own orders, which the driver's order page lists.</summary>
    private async Task<SearchGroup> ReceiptsAsync(CancellationToken cancellationToken)
    {
        var receipts = from r in db.FieldReceipts.AsNoTracking() join o in MyOrders on r.DeliveryOrderId equals o.Id select r;
        var tiers = new SearchTiers<ReceiptRow>(run, SearchKind.Receipt)
            .AddByNumber(receipts, Billing.Payment.ReceiptPrefix, r => r.ReceiptNumber, Rows);

        var rows = await tiers.ReadAsync(r => r.Id, cancellationToken);
        return tiers.Group(rows
            .OrderBy(r => r.Match).ThenByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
            .Take(perKind)
            .Select(r => new SearchHit(r.Number, SearchFormat.Join(r.Order, SearchFormat.Money(r.Amount), SearchFormat.Day(r.ReceivedOn)), $"driver/orders/{r.OrderId}", r.Match))
            .ToList());

        Func<IQueryable<FieldReceipt>, IQueryable<ReceiptRow>> Rows(SearchMatch match) => found =>
            from r in found
            join o in db.DeliveryOrders on r.DeliveryOrderId equals o.Id
            select new ReceiptRow { Id = r.Id, Match = match, Number = r.ReceiptNumber, OrderId = o.Id, Order = o.Number, Amount = r.Amount, ReceivedOn = r.ReceivedOn };
    }

    /// <summary>A booking as My work shows it: the job, when, and the role taken on it.</summary>
    private sealed class JobRow : SearchRow
    {
        public string Number { get; init; } = string.Empty;

        public string ServiceType { get; init; } = string.Empty;

        public DateTimeOffset StartsAt { get; init; }

        public string Role { get; init; } = string.Empty;
    }

    private sealed class OrderRow : SearchRow
    {
        public string Number { get; init; } = string.Empty;

        public string Customer { get; init; } = string.Empty;

        public DateOnly ScheduledOn { get; init; }
    }

    private sealed class ReceiptRow : SearchRow
    {
        public string Number { get; init; } = string.Empty;

        public int OrderId { get; init; }

        public string? Order { get; init; }

        public decimal Amount { get; init; }

        public DateOnly ReceivedOn { get; init; }
    }
}
