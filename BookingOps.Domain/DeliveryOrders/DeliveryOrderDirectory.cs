using System.Linq.Expressions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>What the office's order list filters by; each filter optional.</summary>
public sealed record DeliveryOrderListQuery(
    DeliveryOrderStatus? Status = null,
    int? DriverId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Area = null,
    string? Search = null,
    PageRequest? Page = null);

/// <summary>An order as the list shows it.</summary>
public sealed record DeliveryOrderListItem(
    int Id,
    string? Number,
    string? BookSeries,
    string? BookNumber,
    DeliveryOrderStatus Status,
    DateOnly ScheduledOn,
    int CustomerId,
    string CustomerName,
    string? Area,
    int? DriverId,
    decimal Total);

/// <summary>Delivery order reads: the office's list, paged and filtered in SQL, and one order.</summary>
public sealed class DeliveryOrderDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<PagedResult<DeliveryOrderListItem>> ListAsync(DeliveryOrderListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var orders = Filter(db, query);
        var page = query.Page ?? new PageRequest();
        var total = await orders.CountAsync(cancellationToken);
        var rows = orders.OrderByDescending(o => o.ScheduledOn).ThenByDescending(o => o.Id).Skip(page.SafeSkip).Take(page.SafeTake);
        var items = await (
            from o in rows
            join c in db.Customers on o.CustomerId equals c.Id
            select new DeliveryOrderListItem(o.Id, o.Number, o.BookSeries, o.BookNumber, o.Status, o.ScheduledOn, o.CustomerId, c.Name, o.Area, o.DriverId, o.Total))
            .ToListAsync(cancellationToken);
        return new PagedResult<DeliveryOrderListItem>(items, total);
    }

    public async Task<DeliveryOrder?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.DeliveryOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    private static IQueryable<DeliveryOrder> Filter(BookingOpsDbContext db, DeliveryOrderListQuery query)
    {
        var orders = db.DeliveryOrders.AsNoTracking();
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (query.DriverId is { } driverId)
        {
            orders = orders.Where(o => o.DriverId == driverId);
        }

        if (query.From is { } from)
        {
            orders = orders.Where(o => o.ScheduledOn >= from);
        }

        if (query.To is { } to)
        {
            orders = orders.Where(o => o.ScheduledOn <= to);
        }

        if (Text.Clean(query.Area) is { } area)
        {
            orders = orders.Where(o => o.Area == area);
        }

        if (Text.Clean(query.Search) is { } search)
        {
            // A DO number, a paper book number, or words of the customer's name, phone or email.
            var number = NumberPrefix.Of(search);
            var customers = CustomerSearchExpression.Build(search) is { } match ? CustomerSearchIndex.Matches(db, match) : null;
            Expression<Func<DeliveryOrder, bool>> bookOrCustomer = customers is null
                ? o => o.BookNumber == search
                : o => o.BookNumber == search || customers.Contains(o.CustomerId);
            orders = orders.Where(number.Matches<DeliveryOrder>(o => o.Number, bookOrCustomer));
        }

        return orders;
    }
}
