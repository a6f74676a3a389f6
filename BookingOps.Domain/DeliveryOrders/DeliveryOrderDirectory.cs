using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Fleet;
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
    string? DriverName,
    decimal Total);

/// <summary>One order with the names the page shows beside its references.</summary>
public sealed record DeliveryOrderDetail(
    DeliveryOrder Order,
    string CustomerName,
    string CustomerPhone,
    string? BookingNumber,
    string? DriverName,
    string? LorryCode,
    string? BinCode,
    FieldRecords Field,
    DeliveryOrderInvoice? Invoice);

/// <summary>The order's invoice (the live one, or else the last voided one).</summary>
public sealed record DeliveryOrderInvoice(int Id, string? Number, InvoiceStatus Status);

/// <summary>Something the order form offers in a drop-down: a driver, a lorry or a bin.</summary>
public sealed record ResourceChoice(int Id, string Text);

/// <summary>The drivers, lorries and bins an order can name: active ones, drivers by name, assets by code.</summary>
public sealed record DeliveryOrderChoices(IReadOnlyList<ResourceChoice> Drivers, IReadOnlyList<ResourceChoice> Lorries, IReadOnlyList<ResourceChoice> Bins);

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
            select new DeliveryOrderListItem(
                o.Id, o.Number, o.BookSeries, o.BookNumber, o.Status, o.ScheduledOn, o.CustomerId, c.Name, o.Area,
                db.CrewMembers.Where(d => d.Id == o.DriverId).Select(d => d.Name).FirstOrDefault(), o.Total))
            .ToListAsync(cancellationToken);
        return new PagedResult<DeliveryOrderListItem>(items, total);
    }

    /// <summary>The plan SQLite picks for the list's page query, for the perf command.</summary>
    public async Task<IReadOnlyList<string>> ExplainListAsync(DeliveryOrderListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await QueryPlan.ExplainAsync(db, Filter(db, query).OrderByDescending(o => o.ScheduledOn).ThenByDescending(o => o.Id).Take(20), cancellationToken);
    }

    public async Task<DeliveryOrderDetail?> DetailAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var order = await db.DeliveryOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == order.CustomerId).Select(c => new { c.Name, c.Phone }).SingleAsync(cancellationToken);
        var booking = order.BookingId is { } bookingId ? await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Number).SingleOrDefaultAsync(cancellationToken) : null;
        var driver = order.DriverId is { } driverId ? await db.CrewMembers.Where(c => c.Id == driverId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) : null;
        int?[] assetIds = [order.LorryId, order.BinId];
        var codes = await db.Assets.Where(a => assetIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Code, cancellationToken);
        return new DeliveryOrderDetail(
            order, customer.Name, customer.Phone, booking, driver,
            order.LorryId is { } lorry ? codes.GetValueOrDefault(lorry) : null,
            order.BinId is { } bin ? codes.GetValueOrDefault(bin) : null,
            await FieldRecords.LoadAsync(db, id, cancellationToken),
            await db.Invoices.Where(i => i.DeliveryOrderId == id)
                .OrderBy(i => i.Status == InvoiceStatus.Voided).ThenByDescending(i => i.Id)
                .Select(i => new DeliveryOrderInvoice(i.Id, i.Number, i.Status))
                .FirstOrDefaultAsync(cancellationToken));
    }

    /// <summary>Active crew with the driver role, by name.</summary>
    public async Task<IReadOnlyList<ResourceChoice>> DriversAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMembers.AsNoTracking()
            .Where(c => c.IsActive && c.Roles.Contains(CrewRoles.Driver))
            .OrderBy(c => c.Name)
            .Select(c => new ResourceChoice(c.Id, c.Name))
            .ToListAsync(cancellationToken);
    }

    public async Task<DeliveryOrderChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var drivers = await DriversAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assets = await db.Assets.AsNoTracking()
            .Where(a => a.IsActive && (a.Kind == AssetKind.Vehicle || a.Kind == AssetKind.ExternalLorry || a.Kind == AssetKind.Bin))
            .OrderBy(a => a.Code)
            .Select(a => new { a.Id, a.Kind, a.Code, a.Size })
            .ToListAsync(cancellationToken);
        return new DeliveryOrderChoices(
            drivers,
            assets.Where(a => a.Kind != AssetKind.Bin).Select(a => new ResourceChoice(a.Id, a.Kind == AssetKind.ExternalLorry ? $"{a.Code} (hired)" : a.Code)).ToList(),
            assets.Where(a => a.Kind == AssetKind.Bin).Select(a => new ResourceChoice(a.Id, a.Size is null ? a.Code : $"{a.Code} · {a.Size}")).ToList());
    }

    /// <summary>A new order's form filled from a booking: its customer, day, site, bin size and the lorry and bin assigned to it.</summary>
    public async Task<DeliveryOrderInput?> FromBookingAsync(int bookingId, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return null;
        }

        var assets = await (
            from assignment in db.AssetAssignments
            join asset in db.Assets on assignment.AssetId equals asset.Id
            where assignment.BookingId == bookingId
            orderby asset.Code
            select new { asset.Id, asset.Kind })
            .ToListAsync(cancellationToken);
        return new DeliveryOrderInput
        {
            CustomerId = booking.CustomerId,
            BookingId = booking.Id,
            ScheduledOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(booking.StartsAt, zone).DateTime),
            SiteAddress = booking.Address ?? string.Empty,
            Area = booking.Area,
            BinSize = booking.AssetRequirements.FirstOrDefault(r => AssetMatch.For(r.AssetType, r.Size).Kinds is [AssetKind.Bin])?.Size,
            LorryId = assets.FirstOrDefault(a => a.Kind is AssetKind.Vehicle or AssetKind.ExternalLorry)?.Id,
            BinId = assets.FirstOrDefault(a => a.Kind == AssetKind.Bin)?.Id,
        };
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
