using System.Globalization;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Payouts;

/// <summary>
/// Earnings statements: the office's for anyone, a crew member's for themselves only. The balance brought
/// forward is summed in SQL; the period's lines are one person's and few.
/// </summary>
public sealed class EarningsStatements(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, BusinessLogo logo, TimeProvider clock)
{
    /// <summary>The longest period one statement covers.</summary>
    public const int MaxDays = 366;

    public async Task<EarningsStatement?> ForCrewMemberAsync(int crewMemberId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (DateRanges.Backwards(from, to) is { } backwards)
        {
            throw new DomainValidationException("To", backwards);
        }

        if (to.DayNumber - from.DayNumber >= MaxDays)
        {
            throw new DomainValidationException("To", "A statement covers a year at most.");
        }

        var zone = await calendar.ZoneAsync();
        var currency = await calendar.CurrencyAsync();
        var now = clock.GetUtcNow();
        var (start, end) = (Instant(from, zone), Instant(to.AddDays(1), zone));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CrewMembers.Where(c => c.Id == crewMemberId).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken) is not { } name)
        {
            return null;
        }

        var jobs = PayoutDirectory.EarnedJobs(db, now).Where(a => a.CrewMemberId == crewMemberId);
        var expenses = PayoutDirectory.ApprovedCrewExpenses(db).Where(e => e.CrewMemberId == crewMemberId);
        var payouts = PayoutDirectory.LivePayouts(db).Where(p => p.CrewMemberId == crewMemberId);
        var opening = await jobs.Where(a => a.StartsAt < start).SumAsync(a => a.Fee, cancellationToken)
            + await expenses.Where(e => e.SpentOn < from).SumAsync(e => e.Amount, cancellationToken)
            - await payouts.Where(p => p.PaidOn < from).SumAsync(p => p.Amount, cancellationToken);

        var jobLines = await jobs.Where(a => a.StartsAt >= start && a.StartsAt < end)
            .Join(db.Bookings, a => a.BookingId, b => b.Id, (a, b) => new { a.StartsAt, b.Number, b.ServiceType, a.Role, a.Fee })
            .ToListAsync(cancellationToken);
        var expenseLines = await expenses.Where(e => e.SpentOn >= from && e.SpentOn <= to)
            .Select(e => new { e.SpentOn, e.Number, e.Description, e.Amount })
            .ToListAsync(cancellationToken);
        var payoutLines = await payouts.Where(p => p.PaidOn >= from && p.PaidOn <= to)
            .Select(p => new { p.PaidOn, p.Number, p.Method, p.Reference, p.Amount })
            .ToListAsync(cancellationToken);

        var lines = jobLines
            .Select(j => new StatementLine(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(j.StartsAt, zone).DateTime), StatementEntry.Job, j.Number, $"{j.ServiceType} · {j.Role}", j.Fee, 0m))
            .Concat(expenseLines.Select(e => new StatementLine(e.SpentOn, StatementEntry.Expense, e.Number, e.Description, e.Amount, 0m)))
            .Concat(payoutLines.Select(p => new StatementLine(p.PaidOn, StatementEntry.Payout, p.Number, $"Paid by {p.Method.ToString().ToUpperInvariant()}{(p.Reference is null ? "" : $" {p.Reference}")}", 0m, p.Amount)))
            .OrderBy(l => l.On).ThenBy(l => l.Entry).ThenBy(l => l.Reference, StringComparer.Ordinal)
            .ToList();
        var (header, _) = await DocumentSources.HeaderAsync(db, logo, cancellationToken);
        return new EarningsStatement(header, currency, crewMemberId, name, from, to, opening, lines);
    }

    /// <summary>A crew member's own statement, found by their login; null for an account with no crew record.</summary>
    public async Task<EarningsStatement?> ForCrewUserAsync(string userId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMemberOfAsync(userId, cancellationToken) is { } me
            ? await ForCrewMemberAsync(me, from, to, cancellationToken)
            : null;
    }

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
}
