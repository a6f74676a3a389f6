using System.Linq.Expressions;
using BookingOps.Domain.DeliveryOrders;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// Delivery orders of one group (a day, a driver) as the operations reports count them: done is the field work
/// finished (pending its invoice, invoiced or closed); value and weight leave cancelled orders out, as nothing
/// was carried or charged for them; open is what is neither done nor cancelled (drafts and issued orders).
/// </summary>
public sealed record DeliveryOrderTally<TKey>(TKey Key, int Orders, int Done, int Cancelled, decimal Value, decimal WeightKg)
{
    public int Open => Orders - Done - Cancelled;
}

/// <summary>The one grouped query the delivery order reports count orders with, so they agree on what done means.</summary>
public static class DeliveryOrderTallies
{
    /// <summary>The field work is finished: the order waits for its invoice, has it, or is closed.</summary>
    private static readonly DeliveryOrderStatus[] DoneStatuses = [DeliveryOrderStatus.PendingInvoice, DeliveryOrderStatus.Invoiced, DeliveryOrderStatus.Closed];

    public static Task<List<DeliveryOrderTally<TKey>>> ByAsync<TKey>(IQueryable<DeliveryOrder> orders, Expression<Func<DeliveryOrder, TKey>> key, CancellationToken cancellationToken) =>
        orders.GroupBy(key)
            .Select(g => new DeliveryOrderTally<TKey>(
                g.Key,
                g.Count(),
                g.Count(o => DoneStatuses.Contains(o.Status)),
                g.Count(o => o.Status == DeliveryOrderStatus.Cancelled),
                g.Sum(o => o.Status == DeliveryOrderStatus.Cancelled ? 0m : o.Total),
                g.Sum(o => o.Status == DeliveryOrderStatus.Cancelled ? 0m : o.WeightKg ?? 0m)))
            .ToListAsync(cancellationToken);

    /// <summary>Orders whose field work is finished: the drivers report's "done on the day" looks among these.</summary>
    public static IQueryable<DeliveryOrder> Done(this IQueryable<DeliveryOrder> orders) =>
        orders.Where(o => DoneStatuses.Contains(o.Status));
}
