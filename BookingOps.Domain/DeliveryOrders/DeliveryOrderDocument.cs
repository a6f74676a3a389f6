using BookingOps.Domain.Billing;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>Everything a printed delivery order shows; the print view and the PDF are drawn from it, so they carry the same content.</summary>
public sealed record DeliveryOrderDocument(
    DocumentHeader Business,
    string Title,
    string? Number,
    string? Book,
    DateOnly ScheduledOn,
    DocumentParty Customer,
    string Site,
    string? Driver,
    string? Lorry,
    string? Bin,
    int RentalDays,
    decimal? WeightKg,
    IReadOnlyList<DeliveryOrderLine> Lines,
    decimal Total,
    string? PaymentMethod,
    decimal? PaymentAmount,
    string Currency,
    string? Notes)
{
    public string Amount(decimal value) => Common.Money.Format(value, Currency);
}

/// <summary>Builds the printable delivery order from the record and the business settings.</summary>
public sealed class DeliveryOrderDocuments(IDbContextFactory<BookingOpsDbContext> dbFactory, DeliveryOrderDirectory orders, BusinessCalendar calendar, BusinessLogo logo)
{
    public async Task<DeliveryOrderDocument?> BuildAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await orders.DetailAsync(id, cancellationToken) is not { } detail)
        {
            return null;
        }

        var order = detail.Order;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (header, _) = await DocumentSources.HeaderAsync(db, logo, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == order.CustomerId, cancellationToken);
        var title = order.Status switch
        {
            DeliveryOrderStatus.Draft => "Delivery order (draft)",
            DeliveryOrderStatus.Cancelled => "Delivery order (cancelled)",
            _ => order.Kind == DeliveryOrderKind.Collection ? "Delivery order: collection" : "Delivery order",
        };
        return new DeliveryOrderDocument(
            header,
            title,
            order.Number,
            order.BookNumber is null ? null : $"{order.BookSeries} {order.BookNumber}",
            order.ScheduledOn,
            DocumentSources.Party(customer),
            order.Area is null ? order.SiteAddress : $"{order.SiteAddress} ({order.Area})",
            detail.DriverName,
            detail.LorryCode,
            detail.BinCode is null ? order.BinSize : order.BinSize is null ? detail.BinCode : $"{detail.BinCode} ({order.BinSize})",
            order.RentalDays,
            order.WeightKg,
            order.Lines,
            order.Total,
            order.PaymentMethod is { } method ? BillingDocuments.MethodName(method) : null,
            order.PaymentAmount,
            await calendar.CurrencyAsync(),
            order.Notes);
    }
}
