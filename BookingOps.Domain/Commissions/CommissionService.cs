using BookingOps.Domain.Common;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Commissions;

/// <summary>
/// Commissions: the office records who introduced a booking or delivery order and on what terms; the
/// Admin approves the amount once it is due, then pays it. Whether it is due is asked again inside each
/// transaction, so a refund or void that lands meanwhile stops the approval or payment.
/// </summary>
public sealed class CommissionService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    TimeProvider clock)
{
    private const string Conflict = "Someone else changed this commission meanwhile; reload and try again.";

    /// <summary>The terms a new commission starts from: the business's default percentage.</summary>
    public async Task<CommissionInput> NewAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var percent = await db.BusinessProfiles.Select(p => (decimal?)p.DefaultCommissionPercent).SingleOrDefaultAsync(cancellationToken) ?? 5m;
        return new CommissionInput { Rule = CommissionRule.Percent, Value = Decimals.Trimmed(percent) };
    }

    /// <summary>Records (or corrects, until approved) the introducer of a booking or a delivery order; one per piece of work.</summary>
    public async Task<int> SaveAsync(int? bookingId, int? deliveryOrderId, CommissionInput input, CancellationToken cancellationToken = default)
    {
        if ((bookingId is null) == (deliveryOrderId is null))
        {
            throw new InvalidOperationException("A commission is on one booking or one delivery order.");
        }

        InputValidation.EnsureValid(input);
        var by = (await actor.GetAsync(cancellationToken)).Name;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var name = await IntroducerNameAsync(db, input, cancellationToken);
        var commission = await db.Commissions.SingleOrDefaultAsync(c => bookingId != null ? c.BookingId == bookingId : c.DeliveryOrderId == deliveryOrderId, cancellationToken);
        if (commission is null)
        {
            var exists = bookingId is { } booking
                ? await db.Bookings.AnyAsync(b => b.Id == booking, cancellationToken)
                : await db.DeliveryOrders.AnyAsync(o => o.Id == deliveryOrderId, cancellationToken);
            if (!exists)
            {
                throw new BusinessRuleException("This booking or order no longer exists.");
            }

            var today = await calendar.TodayAsync();
            commission = Commission.Create(await DocumentNumbers.NextAsync(db, Commission.NumberPrefix, today.Year, cancellationToken), bookingId, deliveryOrderId, input, name, by, clock.GetUtcNow());
            db.Commissions.Add(commission);
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            commission.Update(input, name);
            await db.SaveVersionedAsync(commission, input.Version, Conflict, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return commission.Id;
    }

    /// <summary>Removes an introducer recorded by mistake; an approved or paid commission stays.</summary>
    public Task RemoveAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, adminOnly: false, (db, commission, _) =>
        {
            if (!commission.CanChange)
            {
                throw new BusinessRuleException($"{commission.Number} is approved and stays on record.");
            }

            db.Commissions.Remove(commission);
        }, cancellationToken);

    /// <summary>Admin only, once due: approves <paramref name="amount"/> (the form offers the rule's amount).</summary>
    public async Task ApproveAsync(int id, long version, decimal amount, CancellationToken cancellationToken = default)
    {
        if (amount <= 0m || amount > 1_000_000m || decimal.Round(amount, 2) != amount)
        {
            throw new DomainValidationException("Amount", "The amount must be above 0 and at most 1,000,000, in sen at most.");
        }

        var by = (await actor.GetAsync(cancellationToken)).Name;
        await ChangeAsync(id, version, adminOnly: true, (_, commission, state) => commission.Approve(amount, state, by, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Admin only: pays an approved commission that is still due.</summary>
    public async Task PayAsync(int id, long version, CommissionPayment payment, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(payment);
        if (payment.PaidOn > await calendar.TodayAsync())
        {
            throw new DomainValidationException(nameof(CommissionPayment.PaidOn), "A payment cannot be dated in the future.");
        }

        var by = (await actor.GetAsync(cancellationToken)).Name;
        await ChangeAsync(id, version, adminOnly: true, (_, commission, state) => commission.Pay(payment, state, by), cancellationToken);
    }

    private async Task ChangeAsync(int id, long version, bool adminOnly, Action<BookingOpsDbContext, Commission, CommissionState> change, CancellationToken cancellationToken)
    {
        if (adminOnly && !(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can approve or pay commissions.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await CommissionDirectory.Rows(db).SingleOrDefaultAsync(r => r.Commission.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This commission no longer exists.");
        var commission = await db.Commissions.SingleAsync(c => c.Id == id, cancellationToken);
        change(db, commission, CommissionDirectory.StateOf(row));
        await db.SaveVersionedAsync(commission, version, Conflict, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<string> IntroducerNameAsync(BookingOpsDbContext db, CommissionInput input, CancellationToken cancellationToken)
    {
        if (input.IntroducerCustomerId is not { } customer)
        {
            return input.IntroducerName!.Trim();
        }

        return await db.Customers.Where(c => c.Id == customer).Select(c => c.Name).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainValidationException(nameof(CommissionInput.IntroducerCustomerId), "This customer no longer exists.");
    }
}
