using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One crew member's range: the jobs they took and their fees, their approved expenses, and what they were paid.</summary>
public sealed record CrewEarningsRow(int CrewMemberId, string Name, int Jobs, decimal Fees, decimal Expenses, decimal PaidOut);

/// <summary>
/// Performer and crew earnings, on the P&amp;L's accrual basis so the fees add up to its crew fees: jobs accepted
/// or completed that start in the range (business midnights), done yet or not and paid yet or not; approved crew
/// expenses spent in the range; payouts dated in the range that were not reversed (a payout may pay older work).
/// A person appears when any of the three has something. Crew are in the hundreds at most: the database sums
/// each person's, the rows are joined here.
/// </summary>
public sealed class CrewEarnings(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : FoldedReport<CrewEarningsRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "crew-earnings", "Crew earnings", "Money", ReportAudience.Admin, ReportFilters.Range,
        "Per crew member: jobs taken and their fees, approved expenses, and payouts made in the range.",
        nameof(Booking), nameof(CrewAssignment), nameof(Expense), nameof(Payout));

    private static readonly ReportColumn<CrewEarningsRow>[] Columns =
    [
        ReportColumn<CrewEarningsRow>.Text("name", "Crew member", r => r.Name, 28, sortable: true),
        ReportColumn<CrewEarningsRow>.Count("jobs", "Jobs", r => r.Jobs, sortable: true),
        ReportColumn<CrewEarningsRow>.Money("fees", "Fees", r => r.Fees, sortable: true),
        ReportColumn<CrewEarningsRow>.Money("expenses", "Expenses", r => r.Expenses, sortable: true),
        ReportColumn<CrewEarningsRow>.Money("paid", "Paid out", r => r.PaidOut, sortable: true),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<CrewEarningsRow>> TypedColumns => Columns;

    protected override CrewEarningsRow Sum(IReadOnlyList<CrewEarningsRow> rows, ReportFilter filter)
    {
        return new CrewEarningsRow(0, "Total", rows.Sum(r => r.Jobs), rows.Sum(r => r.Fees), rows.Sum(r => r.Expenses), rows.Sum(r => r.PaidOut));
    }

    /// <summary>The person's earnings statement, where each job, expense and payout is listed.</summary>
    protected override string? LinkOf(CrewEarningsRow row) => $"payouts/statements?crew={row.CrewMemberId}";

    protected override async Task<IReadOnlyList<CrewEarningsRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var (from, to) = (filter.Period.From, filter.Period.To);
        var (start, until) = filter.Period.Instants(await Calendar.ZoneAsync());
        var jobs = await db.CrewAssignments.Taken()
            .Where(a => a.StartsAt >= start && a.StartsAt < until)
            .GroupBy(a => a.CrewMemberId)
            .Select(g => new { CrewMemberId = g.Key, Count = g.Count(), Fees = g.Sum(a => a.Fee) })
            .ToDictionaryAsync(g => g.CrewMemberId, cancellationToken);
        var expenses = await PayoutDirectory.ApprovedCrewExpenses(db)
            .Where(e => e.SpentOn >= from && e.SpentOn <= to)
            .GroupBy(e => e.CrewMemberId!.Value)
            .Select(g => new { CrewMemberId = g.Key, Amount = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => g.CrewMemberId, g => g.Amount, cancellationToken);
        var paid = await PayoutDirectory.LivePayouts(db)
            .Where(p => p.PaidOn >= from && p.PaidOn <= to)
            .GroupBy(p => p.CrewMemberId)
            .Select(g => new { CrewMemberId = g.Key, Amount = g.Sum(p => p.Amount) })
            .ToDictionaryAsync(g => g.CrewMemberId, g => g.Amount, cancellationToken);

        var people = jobs.Keys.Union(expenses.Keys).Union(paid.Keys).ToList();
        var names = await db.CrewMembers.Where(c => people.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return people
            .Select(person => new CrewEarningsRow(
                person,
                names[person],
                jobs.GetValueOrDefault(person)?.Count ?? 0,
                jobs.GetValueOrDefault(person)?.Fees ?? 0m,
                expenses.GetValueOrDefault(person),
                paid.GetValueOrDefault(person)))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.CrewMemberId)
            .ToList();
    }
}
