using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// One commission as the report lists it. Initialised by members, so the database can still order and page the
/// projected query; the day, amount, rule and status are worked out as each row is read.
/// </summary>
public sealed class CommissionRow
{
    public int Id { get; init; }

    public int? BookingId { get; init; }

    public int? DeliveryOrderId { get; init; }

    /// <summary>The booking's (or delivery order's) number.</summary>
    public string? Work { get; init; }

    public string? Introducer { get; init; }

    public string? Rule { get; init; }

    public decimal Amount { get; init; }

    public string? Status { get; init; }

    /// <summary>The instant the row is dated by: its approval, or its recording while not approved.</summary>
    public DateTimeOffset? At { get; init; }

    public DateOnly? Day { get; init; }
}

/// <summary>
/// Commissions by their meaningful day: an approved (or paid) commission on the day it was approved, which is
/// when the P&amp;L counts it as a cost; one not yet approved on the day it was recorded, as it has no other. The
/// amount is the approved one, or until then what the rule gives on the work's paid invoices so far (as a
/// booking's profit counts it). The module knows no rejected commission: one that is not due stays waiting. The
/// total is the approved amounts alone, so it equals the P&amp;L's commissions for the range; a waiting or
/// eligible commission's amount is only what it may become and is left out. An approved commission whose work
/// was refunded since is "Waiting (approved)" and stays in the total, as it does in the P&amp;L.
/// </summary>
public sealed class CommissionsReport(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<CommissionRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "commissions", "Commissions", "Money", ReportAudience.Admin, ReportFilters.Range,
        "Introducers' commissions, on their approval day (recording day until approved); the total counts approved amounts only.",
        nameof(Commission), nameof(Invoice));

    private static readonly ReportColumn<CommissionRow>[] Columns =
    [
        ReportColumn<CommissionRow>.Text("work", "Booking", r => r.Work, 18, sortable: true),
        ReportColumn<CommissionRow>.Text("introducer", "Introducer", r => r.Introducer, 26, sortable: true),
        ReportColumn<CommissionRow>.Text("rule", "Rule", r => r.Rule, 22),
        ReportColumn<CommissionRow>.Money("amount", "Amount", r => r.Amount),
        ReportColumn<CommissionRow>.Text("status", "Status", r => r.Status, 18),
        new("day", "Day", CellKind.Day, 14, r => r.Day, (Expression<Func<CommissionRow, DateTimeOffset?>>)(r => r.At)),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<CommissionRow>> TypedColumns => Columns;

    protected override async Task<IQueryable<CommissionRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        var (from, until) = filter.Period.Instants(zone);
        var dated = db.Commissions.Where(c =>
            c.ApprovedAmount != null ? c.ApprovedAt >= from && c.ApprovedAt < until : c.CreatedAt >= from && c.CreatedAt < until);
        return CommissionDirectory.Rows(db, dated)
            .Select(r => new CommissionRow
            {
                Id = r.Commission.Id,
                BookingId = r.Commission.BookingId,
                DeliveryOrderId = r.Commission.DeliveryOrderId,
                Work = r.WorkNumber,
                Introducer = r.Commission.IntroducerName,
                Rule = r.Commission.RuleText,
                Amount = r.Commission.ApprovedAmount ?? r.Commission.Suggested(r.PaidInvoices),
                Status = StatusOf(Commission.StateOf(r.Commission.IsPaid, r.IsDue, r.Commission.ApprovedAmount != null), r.Commission.ApprovedAmount != null),
                At = r.Commission.ApprovedAmount != null ? r.Commission.ApprovedAt : r.Commission.CreatedAt,
                Day = BusinessCalendar.DayOf(r.Commission.ApprovedAmount != null ? r.Commission.ApprovedAt!.Value : r.Commission.CreatedAt, zone),
            })
            .OrderBy(r => r.At)
            .ThenBy(r => r.Id);
    }

    protected override async Task<CommissionRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, until) = filter.Period.Instants(await Calendar.ZoneAsync());
        var approved = await db.Commissions.ApprovedBetween(from, until).SumAsync(c => c.ApprovedAmount!.Value, cancellationToken);
        return new CommissionRow { Work = "Total", Amount = approved };
    }

    protected override string? LinkOf(CommissionRow row) =>
        row.BookingId is { } booking ? $"bookings/{booking}" : row.DeliveryOrderId is { } order ? $"delivery-orders/{order}" : null;

    /// <summary>The commissions page's state, saying so when an approved amount stands on work no longer due.</summary>
    private static string StatusOf(CommissionState state, bool approved) =>
        state == CommissionState.Waiting && approved ? "Waiting (approved)" : state.ToString();
}
