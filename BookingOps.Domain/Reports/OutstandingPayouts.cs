using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One crew member owed money now: for how many jobs and how much, their expenses, and since which day.</summary>
public sealed record OutstandingPayoutRow(int CrewMemberId, string Name, int Jobs, decimal Fees, decimal Expenses, DateOnly? OwedSince)
{
    public decimal Total => Fees + Expenses;
}

/// <summary>
/// Outstanding payouts as of now: exactly what the payouts page lists and the dashboard totals as owed to crew,
/// from the same query (<see cref="PayoutDirectory"/>): jobs done (accepted or completed, over, their booking not
/// cancelled) and approved crew expenses that no live payout pays. "Owed since" is the oldest unpaid job's or
/// expense's business day. Most owed first; crew are in the hundreds at most, so the rows are ordered here.
/// </summary>
public sealed class OutstandingPayouts(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor, TimeProvider clock)
    : FoldedReport<OutstandingPayoutRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "outstanding-payouts", "Outstanding payouts", "Money", ReportAudience.Admin, ReportFilters.None,
        "What each crew member is owed now for jobs done and approved expenses, most owed first.",
        nameof(Booking), nameof(CrewAssignment), nameof(Expense), nameof(Payout));

    private static readonly ReportColumn<OutstandingPayoutRow>[] Columns =
    [
        ReportColumn<OutstandingPayoutRow>.Text("name", "Crew member", r => r.Name, 28, sortable: true),
        ReportColumn<OutstandingPayoutRow>.Count("jobs", "Jobs owed", r => r.Jobs, sortable: true),
        ReportColumn<OutstandingPayoutRow>.Money("fees", "Fees owed", r => r.Fees, sortable: true),
        ReportColumn<OutstandingPayoutRow>.Money("expenses", "Expenses owed", r => r.Expenses, sortable: true),
        ReportColumn<OutstandingPayoutRow>.Money("total", "Total owed", r => r.Total, sortable: true),
        ReportColumn<OutstandingPayoutRow>.Day("since", "Owed since", r => r.OwedSince, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<OutstandingPayoutRow>> TypedColumns => Columns;

    protected override OutstandingPayoutRow Sum(IReadOnlyList<OutstandingPayoutRow> rows, ReportFilter filter)
    {
        return new OutstandingPayoutRow(0, "Total", rows.Sum(r => r.Jobs), rows.Sum(r => r.Fees), rows.Sum(r => r.Expenses), rows.Min(r => r.OwedSince));
    }

    /// <summary>The person's earnings statement, which ends on what is still owed.</summary>
    protected override string? LinkOf(OutstandingPayoutRow row) => $"payouts/statements?crew={row.CrewMemberId}";

    protected override async Task<IReadOnlyList<OutstandingPayoutRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        var owed = await PayoutDirectory.OwedByPersonAsync(db, clock.GetUtcNow(), cancellationToken);
        return owed
            .Select(o => new OutstandingPayoutRow(
                o.CrewMemberId,
                o.Name,
                o.Jobs,
                o.Fees,
                o.ExpenseAmount,
                new[] { o.OldestJob is { } job ? BusinessCalendar.DayOf(job, zone) : (DateOnly?)null, o.OldestExpense }.Min()))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
