using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Live;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Payouts;

/// <summary>Paying crew for their jobs, one person or a batch, all in one transaction; and an Admin's reversal.</summary>
public sealed class PayoutService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    ChangeFeed changes,
    TimeProvider clock)
{
    private const string PaidMeanwhile = "Someone paid some of these jobs meanwhile; nothing was paid. Reload to see what is still owed.";

    /// <summary>
    /// Pays the chosen jobs: one payout per person, numbered, in one transaction. If any chosen job is no
    /// longer owed (paid meanwhile, or not done), nothing is paid. Returns the payouts made.
    /// </summary>
    public async Task<IReadOnlyList<int>> PayAsync(PayoutInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var today = await calendar.TodayAsync();
        if (input.PaidOn > today)
        {
            throw new DomainValidationException(nameof(PayoutInput.PaidOn), "A payout cannot be dated in the future.");
        }

        var paidBy = (await actor.GetAsync(cancellationToken)).Name;
        var now = clock.GetUtcNow();
        var wanted = input.AssignmentIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var jobs = await PayoutDirectory.Owed(db, now).Where(a => wanted.Contains(a.Id)).ToListAsync(cancellationToken);
        if (jobs.Count != wanted.Count)
        {
            throw new BusinessRuleException(
                $"{wanted.Count - jobs.Count} of the chosen jobs {(wanted.Count - jobs.Count == 1 ? "is" : "are")} no longer owed (paid meanwhile, or not done yet); nothing was paid. Reload and choose again.");
        }

        var batch = Guid.NewGuid();
        var payouts = new List<Payout>();
        foreach (var person in jobs.GroupBy(j => j.CrewMemberId).OrderBy(g => g.Key))
        {
            var lines = person.OrderBy(j => j.StartsAt).Select(j => new PayoutLine { CrewAssignmentId = j.Id, Amount = j.Fee }).ToList();
            person.ToList().ForEach(j => j.MarkPaid(true));
            payouts.Add(Payout.Create(
                await DocumentNumbers.NextAsync(db, Payout.NumberPrefix, today.Year, cancellationToken), person.Key, batch, lines, input, paidBy, now));
        }

        db.Payouts.AddRange(payouts);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two people paying the same job at once meet at the job's version (and the live-line index): the second pays nothing.
            throw new BusinessRuleException(PaidMeanwhile);
        }

        await transaction.CommitAsync(cancellationToken);
        payouts.ForEach(p => changes.Publish(new DataChange(nameof(Payout), p.Id)));
        return payouts.Select(p => p.Id).ToList();
    }

    /// <summary>Admin only, with a reason: the payout stays on record, marked reversed, and its jobs are owed again.</summary>
    public async Task ReverseAsync(int id, long version, string reason, CancellationToken cancellationToken = default)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can reverse a payout.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payout = await db.Payouts.Include(p => p.Lines).SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This payout no longer exists.");
        payout.Reverse(reason, clock.GetUtcNow());
        var jobs = payout.Lines.Select(l => l.CrewAssignmentId).ToList();
        await db.CrewAssignments.Where(a => jobs.Contains(a.Id)).ForEachAsync(a => a.MarkPaid(false), cancellationToken);
        await db.SaveVersionedAsync(payout, version, "Someone else changed this payout meanwhile; reload and try again.", cancellationToken);
        changes.Publish(new DataChange(nameof(Payout), id));
    }
}
