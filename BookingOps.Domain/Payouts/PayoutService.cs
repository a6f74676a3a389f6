using BookingOps.Domain.Common;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Payouts;

/// <summary>Paying crew for their jobs and approved expenses, one person or a batch, all in one transaction; and an Admin's reversal.</summary>
public sealed class PayoutService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    TimeProvider clock)
{
    private const string PaidMeanwhile = "Someone paid some of these lines meanwhile; nothing was paid. Reload to see what is still owed.";

    /// <summary>
    /// Pays the chosen jobs and expenses: one payout per person, numbered, in one transaction. If any chosen
    /// line is no longer owed (paid meanwhile, not done, no longer approved), nothing is paid. Returns the payouts made.
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
        var wanted = input.Lines.Distinct().ToList();
        var jobIds = wanted.Where(k => k.Kind == OwedKind.Job).Select(k => k.Id).ToList();
        var expenseIds = wanted.Where(k => k.Kind == OwedKind.Expense).Select(k => k.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var jobs = await PayoutDirectory.OwedJobs(db, now).Where(a => jobIds.Contains(a.Id)).ToListAsync(cancellationToken);
        var expenses = await PayoutDirectory.OwedExpenses(db).Where(e => expenseIds.Contains(e.Id)).ToListAsync(cancellationToken);
        var missing = wanted.Count - jobs.Count - expenses.Count;
        if (missing > 0)
        {
            throw new BusinessRuleException(
                $"{missing} of the chosen lines {(missing == 1 ? "is" : "are")} no longer owed (paid meanwhile, not done yet or no longer approved); nothing was paid. Reload and choose again.");
        }

        jobs.ForEach(j => j.MarkPaid(true));
        expenses.ForEach(e => e.MarkPaid(true));
        var owed = jobs.Select(j => (Person: j.CrewMemberId, At: j.StartsAt, Line: new PayoutLine { CrewAssignmentId = j.Id, Amount = j.Fee }))
            .Concat(expenses.Select(e => (Person: e.CrewMemberId!.Value, At: new DateTimeOffset(e.SpentOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Line: new PayoutLine { ExpenseId = e.Id, Amount = e.Amount })));
        var batch = Guid.NewGuid();
        var payouts = new List<Payout>();
        foreach (var person in owed.GroupBy(o => o.Person).OrderBy(g => g.Key))
        {
            var lines = person.OrderBy(o => o.At).Select(o => o.Line).ToList();
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
            // Two people paying the same line at once meet at its version (and the live-line index): the second pays nothing.
            throw new BusinessRuleException(PaidMeanwhile);
        }

        await transaction.CommitAsync(cancellationToken);
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
        var jobs = payout.Lines.Where(l => l.CrewAssignmentId != null).Select(l => l.CrewAssignmentId!.Value).ToList();
        var expenses = payout.Lines.Where(l => l.ExpenseId != null).Select(l => l.ExpenseId!.Value).ToList();
        await db.CrewAssignments.Where(a => jobs.Contains(a.Id)).ForEachAsync(a => a.MarkPaid(false), cancellationToken);
        await db.Expenses.Where(e => expenses.Contains(e.Id)).ForEachAsync(e => e.MarkPaid(false), cancellationToken);
        await db.SaveVersionedAsync(payout, version, "Someone else changed this payout meanwhile; reload and try again.", cancellationToken);
    }
}
