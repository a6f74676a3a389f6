using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Commissions;

/// <summary>A commission as lists and work pages show it, with its state and the amounts behind it.</summary>
public sealed record CommissionItem(
    int Id,
    string Number,
    int? BookingId,
    int? DeliveryOrderId,
    string? WorkNumber,
    string IntroducerName,
    int? IntroducerCustomerId,
    decimal? Percent,
    decimal? FixedAmount,
    decimal PaidInvoices,
    decimal Suggested,
    decimal? ApprovedAmount,
    CommissionState State,
    DateOnly? PaidOn,
    PaymentMethod? PaidMethod,
    string? PaidReference,
    long Version)
{
    public string RuleText => Commission.DescribeRule(Percent, FixedAmount);
}

/// <summary>
/// Commission reads. Whether a commission is due is worked out in the query from its work's invoices:
/// at least one paid, none still to pay (draft, issued, part paid) and none refunded, and for a booking
/// its whole total paid (a paid deposit alone is not enough); voided invoices do not count.
/// </summary>
public sealed class CommissionDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<PagedResult<CommissionItem>> ListAsync(CommissionState? state, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = InState(Rows(db), state);
        var take = page ?? new PageRequest();
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.Commission.Id).Skip(take.SafeSkip).Take(take.SafeTake).ToListAsync(cancellationToken);
        return new PagedResult<CommissionItem>(items.Select(Item).ToList(), total);
    }

    /// <summary>The commission on a booking or a delivery order, if it has one.</summary>
    public async Task<CommissionItem?> ForWorkAsync(int? bookingId, int? deliveryOrderId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await Rows(db)
            .Where(r => bookingId != null ? r.Commission.BookingId == bookingId : r.Commission.DeliveryOrderId == deliveryOrderId)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : Item(row);
    }

    /// <summary>A commission with what its work's invoices say; built by member initialisation so queries can filter on it.</summary>
    internal sealed class Row
    {
        public required Commission Commission { get; init; }

        public string? WorkNumber { get; init; }

        public bool IsDue { get; init; }

        public decimal PaidInvoices { get; init; }
    }

    /// <summary>
    /// What a commission counts as: the approved amount, or until one is approved what the rule gives on the work's
    /// paid invoices so far. What a booking's profit and the commissions report count, as SQL can total and sort by it.
    /// </summary>
    internal static Expression<Func<Row, decimal>> Amount { get; } = QueryRules.Over<Row, Commission, decimal, decimal>(
        (c, suggested) => c.ApprovedAmount ?? suggested,
        r => r.Commission,
        QueryRules.Over<Row, Commission, decimal, decimal>(Commission.SuggestedRule, r => r.Commission, r => r.PaidInvoices));

    /// <summary>The commissions of <paramref name="commissions"/> (all of them by default) with what their work's invoices say.</summary>
    internal static IQueryable<Row> Rows(BookingOpsDbContext db, IQueryable<Commission>? commissions = null) =>
        (commissions ?? db.Commissions).AsNoTracking()
            .Select(c => new
            {
                Commission = c,
                WorkNumber = c.BookingId != null
                    ? db.Bookings.Where(b => b.Id == c.BookingId).Select(b => b.Number).FirstOrDefault()
                    : db.DeliveryOrders.Where(o => o.Id == c.DeliveryOrderId).Select(o => o.Number).FirstOrDefault(),
                // The work's invoices through its own index, their status told apart inside the sum. A condition
                // choosing the work inside one subquery kept SQLite from either index; given the paid status as a
                // filter, SQLite (which keeps no statistics here) reads every paid invoice through the status index.
                PaidCount = c.BookingId != null
                    ? db.Invoices.Where(i => i.BookingId == c.BookingId.Value).Sum(i => i.Status == InvoiceStatus.Paid ? 1 : 0)
                    : db.Invoices.Where(i => i.DeliveryOrderId == c.DeliveryOrderId!.Value).Sum(i => i.Status == InvoiceStatus.Paid ? 1 : 0),
                PaidSum = c.BookingId != null
                    ? db.Invoices.Where(i => i.BookingId == c.BookingId.Value).Sum(i => i.Status == InvoiceStatus.Paid ? i.Total : 0m)
                    : db.Invoices.Where(i => i.DeliveryOrderId == c.DeliveryOrderId!.Value).Sum(i => i.Status == InvoiceStatus.Paid ? i.Total : 0m),
                Open = c.BookingId != null
                    ? db.Invoices.Count(i => i.BookingId == c.BookingId.Value
                        && (i.Status == InvoiceStatus.Draft || i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Closed))
                    : db.Invoices.Count(i => i.DeliveryOrderId == c.DeliveryOrderId!.Value
                        && (i.Status == InvoiceStatus.Draft || i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Closed)),
                BookingTotal = db.Bookings.Where(b => b.Id == c.BookingId).Select(b => b.Total).FirstOrDefault(),
            })
            .Select(r => new Row
            {
                Commission = r.Commission,
                WorkNumber = r.WorkNumber,
                IsDue = r.PaidCount > 0 && r.Open == 0 && (r.Commission.BookingId == null || r.PaidSum >= r.BookingTotal),
                PaidInvoices = r.PaidSum,
            });

    /// <summary>The rows in <paramref name="state"/> (<see cref="Commission.StateOf"/> as a filter), or all of them.</summary>
    internal static IQueryable<Row> InState(IQueryable<Row> rows, CommissionState? state) => state switch
    {
        CommissionState.Paid => rows.Where(r => r.Commission.PaidOn != null),
        CommissionState.Waiting => rows.Where(r => r.Commission.PaidOn == null && !r.IsDue),
        CommissionState.Eligible => rows.Where(r => r.Commission.PaidOn == null && r.IsDue && r.Commission.ApprovedAmount == null),
        CommissionState.Approved => rows.Where(r => r.Commission.PaidOn == null && r.IsDue && r.Commission.ApprovedAmount != null),
        _ => rows,
    };

    internal static CommissionState StateOf(Row row) =>
        Commission.StateOf(row.Commission.IsPaid, row.IsDue, row.Commission.ApprovedAmount is not null);

    private static CommissionItem Item(Row row)
    {
        var c = row.Commission;
        return new CommissionItem(
            c.Id, c.Number, c.BookingId, c.DeliveryOrderId, row.WorkNumber, c.IntroducerName, c.IntroducerCustomerId, c.Percent, c.FixedAmount,
            row.PaidInvoices, c.Suggested(row.PaidInvoices), c.ApprovedAmount, StateOf(row), c.PaidOn, c.PaidMethod, c.PaidReference, c.Version);
    }
}
