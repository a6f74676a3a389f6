using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Payouts;

/// <summary>What one person is owed in total, and for how many jobs.</summary>
public sealed record OwedToPerson(int CrewMemberId, string Name, int Jobs, decimal Amount);

/// <summary>A job done and not yet paid: the fee it carried, on which booking, when.</summary>
public sealed record OwedJob(int AssignmentId, int CrewMemberId, int BookingId, string BookingNumber, string ServiceType, string Role, DateTimeOffset StartsAt, decimal Fee);

/// <summary>What a crew member sees of their own money: jobs not yet paid and their latest payouts.</summary>
public sealed record MyEarnings(IReadOnlyList<OwedJob> Owed, IReadOnlyList<PayoutListItem> Paid)
{
    public decimal OwedTotal => Owed.Sum(j => j.Fee);
}

/// <summary>A payout as the list shows it.</summary>
public sealed record PayoutListItem(int Id, string Number, int CrewMemberId, string Name, DateOnly PaidOn, Billing.PaymentMethod Method, string? Reference, decimal Amount, int Jobs, bool IsReversed, long Version);

/// <summary>
/// Payout reads. A job is owed once it is done (accepted or completed, its booking not cancelled, its
/// time over) and no live payout pays it; sums are taken in SQL.
/// </summary>
public sealed class PayoutDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<OwedToPerson>> OutstandingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owed = await Outstanding(db).ToListAsync(cancellationToken);
        return owed.Where(o => o.Amount > 0m).OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>SQLite's plan for <see cref="OutstandingAsync"/>, for the perf command.</summary>
    public async Task<IReadOnlyList<string>> ExplainOutstandingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await QueryPlan.ExplainAsync(db, Outstanding(db), cancellationToken);
    }

    /// <summary>The jobs behind what a person is owed, oldest first.</summary>
    public async Task<IReadOnlyList<OwedJob>> OwedJobsAsync(int crewMemberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var jobs = await Owed(db, clock.GetUtcNow()).AsNoTracking()
            .Where(a => a.CrewMemberId == crewMemberId)
            .Join(db.Bookings, a => a.BookingId, b => b.Id, (a, b) => new OwedJob(a.Id, a.CrewMemberId, b.Id, b.Number, b.ServiceType, a.Role, a.StartsAt, a.Fee))
            .ToListAsync(cancellationToken);
        return jobs.OrderBy(j => j.StartsAt).ToList();
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
        if (await db.CrewMembers.Where(c => c.UserId == userId).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken) is not { } me)
        {
            return null;
        }

        return new MyEarnings(await OwedJobsAsync(me, cancellationToken), await RecentAsync(10, me, cancellationToken));
    }

    private IQueryable<OwedToPerson> Outstanding(BookingOpsDbContext db) =>
        Owed(db, clock.GetUtcNow()).AsNoTracking()
            .GroupBy(a => a.CrewMemberId)
            .Select(g => new { CrewMemberId = g.Key, Jobs = g.Count(), Amount = g.Sum(a => a.Fee) })
            .Join(db.CrewMembers, o => o.CrewMemberId, c => c.Id, (o, c) => new OwedToPerson(o.CrewMemberId, c.Name, o.Jobs, o.Amount));

    /// <summary>The jobs owed at <paramref name="now"/>: done, accepted or completed, on a booking that stands, and paid by no live payout.</summary>
    internal static IQueryable<CrewAssignment> Owed(BookingOpsDbContext db, DateTimeOffset now) =>
        db.CrewAssignments.Where(a =>
            a.IsPaid == false
            && (a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed) && a.EndsAt <= now
            && db.Bookings.Any(b => b.Id == a.BookingId && b.Status != BookingStatus.Cancelled));
}
