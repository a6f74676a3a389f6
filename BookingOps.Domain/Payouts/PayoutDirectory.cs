using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Payouts;

/// <summary>What a crew member is paid for: a job's fee, or an approved expense they paid from their own pocket.</summary>
public enum OwedKind
{
    Job = 1,
    Expense = 2,
}

/// <summary>One thing owed to a crew member, named by its kind and record.</summary>
public readonly record struct OwedKey(OwedKind Kind, int Id);

/// <summary>What one person is owed in total, and for how many jobs and expenses.</summary>
public sealed record OwedToPerson(int CrewMemberId, string Name, int Jobs, int Expenses, decimal Amount);

/// <summary>What one person is owed: how many jobs and for how much, since when, and the same of their approved expenses.</summary>
internal sealed record OwedByPerson(int CrewMemberId, string Name, int Jobs, decimal Fees, DateTimeOffset? OldestJob, int Expenses, decimal ExpenseAmount, DateOnly? OldestExpense)
{
    public decimal Amount => Fees + ExpenseAmount;
}

/// <summary>A job done or an expense approved, not yet paid: what for, on which work, on what day, how much.</summary>
public sealed record OwedLine(OwedKey Key, int CrewMemberId, string? WorkNumber, string Description, DateOnly On, decimal Amount);

/// <summary>What a crew member sees of their own money: what is owed to them and their latest payouts.</summary>
public sealed record MyEarnings(IReadOnlyList<OwedLine> Owed, IReadOnlyList<PayoutListItem> Paid)
{
    public decimal OwedTotal => Owed.Sum(j => j.Amount);
}

/// <summary>A payout as the list shows it.</summary>
public sealed record PayoutListItem(int Id, string Number, int CrewMemberId, string Name, DateOnly PaidOn, Billing.PaymentMethod Method, string? Reference, decimal Amount, int Lines, bool IsReversed, long Version);

/// <summary>
/// Payout reads. A job is owed once it is done (accepted or completed, its booking not cancelled, its time
/// over) and an expense once the office approved it, until a live payout pays them; sums are taken in SQL.
/// </summary>
public sealed class PayoutDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    public async Task<IReadOnlyList<OwedToPerson>> OutstandingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await OwedByPersonAsync(db, clock.GetUtcNow(), cancellationToken))
            .Select(o => new OwedToPerson(o.CrewMemberId, o.Name, o.Jobs, o.Expenses, o.Amount))
            .ToList();
    }

    /// <summary>SQLite's plan for the jobs half of <see cref="OutstandingAsync"/>, for the perf command.</summary>
    public async Task<IReadOnlyList<string>> ExplainOutstandingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await QueryPlan.ExplainAsync(db, OutstandingJobs(db, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>What a person is owed, line by line, oldest first.</summary>
    public async Task<IReadOnlyList<OwedLine>> OwedLinesAsync(int crewMemberId, CancellationToken cancellationToken = default)
    {
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await OwedJobs(db, clock.GetUtcNow()).AsNoTracking()
            .Where(a => a.CrewMemberId == crewMemberId)
            .Join(db.Bookings, a => a.BookingId, b => b.Id, (a, b) => new { a.Id, b.Number, b.ServiceType, a.Role, a.StartsAt, a.Fee })
            .ToListAsync(cancellationToken);
        var expenses = await OwedExpenses(db).AsNoTracking()
            .Where(e => e.CrewMemberId == crewMemberId)
            .Select(e => new
            {
                e.Id,
                e.Description,
                e.SpentOn,
                e.Amount,
                Work = db.Bookings.Where(b => b.Id == e.BookingId).Select(b => b.Number).FirstOrDefault()
                    ?? db.DeliveryOrders.Where(o => o.Id == e.DeliveryOrderId).Select(o => o.Number).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return jobs
            .Select(j => new OwedLine(new OwedKey(OwedKind.Job, j.Id), crewMemberId, j.Number, $"{j.ServiceType} · {j.Role}", DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(j.StartsAt, zone).DateTime), j.Fee))
            .Concat(expenses.Select(e => new OwedLine(new OwedKey(OwedKind.Expense, e.Id), crewMemberId, e.Work, $"Expense: {e.Description}", e.SpentOn, e.Amount)))
            .OrderBy(l => l.On).ThenBy(l => l.Key.Kind).ThenBy(l => l.Key.Id)
            .ToList();
    }

    public async Task<IReadOnlyList<PayoutListItem>> RecentAsync(int take, int? crewMemberId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payouts = db.Payouts.AsNoTracking();
        if (crewMemberId is { } person)
        {
            payouts = payouts.Where(p => p.CrewMemberId == person);
        }

        return await payouts.OrderByDescending(p => p.Id).Take(take)
            .Join(db.CrewMembers, p => p.CrewMemberId, c => c.Id, (p, c) => new PayoutListItem(
                p.Id, p.Number, p.CrewMemberId, c.Name, p.PaidOn, p.Method, p.Reference, p.Amount, p.Lines.Count, p.ReversedAt != null, p.Version))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A crew member's own earnings, found by their login: what they are owed and their latest payouts; nothing of anyone else's.</summary>
    public async Task<MyEarnings?> ForCrewUserAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.CrewMemberOfAsync(userId, cancellationToken) is not { } me)
        {
            return null;
        }

        return new MyEarnings(await OwedLinesAsync(me, cancellationToken), await RecentAsync(10, me, cancellationToken));
    }

    /// <summary>Jobs that earn their fee by <paramref name="now"/>: done, accepted or completed, on a booking that stands.</summary>
    internal static IQueryable<CrewAssignment> EarnedJobs(BookingOpsDbContext db, DateTimeOffset now) =>
        db.CrewAssignments.Taken().Where(a =>
            a.EndsAt <= now && db.Bookings.Any(b => b.Id == a.BookingId && b.Status != BookingStatus.Cancelled));

    /// <summary>Crew expenses the office approved: owed back to the person who paid them.</summary>
    internal static IQueryable<Expense> ApprovedCrewExpenses(BookingOpsDbContext db) =>
        db.Expenses.Where(e => e.Status == ExpenseStatus.Approved && e.Kind == ExpenseKind.Crew && e.CrewMemberId != null);

    /// <summary>The jobs owed at <paramref name="now"/>: earned and paid by no live payout.</summary>
    internal static IQueryable<CrewAssignment> OwedJobs(BookingOpsDbContext db, DateTimeOffset now) =>
        EarnedJobs(db, now).Where(a => !a.IsPaid);

    /// <summary>The crew expenses owed back: approved and paid by no live payout.</summary>
    internal static IQueryable<Expense> OwedExpenses(BookingOpsDbContext db) =>
        ApprovedCrewExpenses(db).Where(e => !e.IsPaid);

    /// <summary>Payouts that stand: a reversed payout paid nothing.</summary>
    internal static IQueryable<Payout> LivePayouts(BookingOpsDbContext db) => db.Payouts.Where(p => p.ReversedAt == null);

    /// <summary>
    /// Everyone owed money at <paramref name="now"/>, by name, jobs and expenses apart with the oldest of each: the
    /// payouts page's list and the outstanding payouts report, from one query (the dashboard sums the same owed lines).
    /// </summary>
    internal static async Task<IReadOnlyList<OwedByPerson>> OwedByPersonAsync(BookingOpsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var jobs = await OutstandingJobs(db, now).ToDictionaryAsync(j => j.CrewMemberId, cancellationToken);
        var expenses = await OwedExpenses(db).AsNoTracking()
            .GroupBy(e => e.CrewMemberId!.Value)
            .Select(g => new { CrewMemberId = g.Key, Count = g.Count(), Amount = g.Sum(e => e.Amount), Oldest = g.Min(e => e.SpentOn) })
            .ToDictionaryAsync(e => e.CrewMemberId, cancellationToken);
        var people = jobs.Keys.Union(expenses.Keys).ToList();
        var names = await db.CrewMembers.Where(c => people.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return people
            .Select(person => (Jobs: jobs.GetValueOrDefault(person), Expenses: expenses.GetValueOrDefault(person), Person: person))
            .Select(o => new OwedByPerson(
                o.Person, names[o.Person], o.Jobs?.Count ?? 0, o.Jobs?.Amount ?? 0m, o.Jobs?.Oldest, o.Expenses?.Count ?? 0, o.Expenses?.Amount ?? 0m, o.Expenses?.Oldest))
            .Where(o => o.Amount > 0m)
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private sealed record PersonTotal(int CrewMemberId, int Count, decimal Amount, DateTimeOffset Oldest);

    private static IQueryable<PersonTotal> OutstandingJobs(BookingOpsDbContext db, DateTimeOffset now) =>
        OwedJobs(db, now).AsNoTracking()
            .GroupBy(a => a.CrewMemberId)
            .Select(g => new PersonTotal(g.Key, g.Count(), g.Sum(a => a.Fee), g.Min(a => a.StartsAt)));
}
