using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// A crew member's own expenses, from their phone: logged on their own jobs and orders, changed or deleted
/// until the office approves them. Nobody else's are ever read or touched here.
/// </summary>
public sealed class MyExpenses(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, ExpenseService expenses, ExpenseDirectory directory)
{
    private const string NoCrewRecord = "Your account is not linked to a crew member; ask the office.";

    /// <summary>Their latest expenses, newest first.</summary>
    public async Task<IReadOnlyList<ExpenseListItem>> RecentAsync(int take = 50, CancellationToken cancellationToken = default) =>
        (await directory.ListAsync(new ExpenseListQuery(Kind: ExpenseKind.Crew, CrewMemberId: await MeAsync(cancellationToken), Page: new PageRequest(0, take)), cancellationToken)).Rows.Items;

    public async Task<ExpenseDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var me = await MeAsync(cancellationToken);
        return await directory.GetAsync(id, cancellationToken) is { } detail && detail.Expense.CrewMemberId == me ? detail : null;
    }

    /// <summary>The jobs and orders of theirs an expense can be put on: the last month's and the coming week's.</summary>
    public async Task<IReadOnlyList<ExpenseWork>> WorkAsync(CancellationToken cancellationToken = default) =>
        await directory.WorkOfAsync(await MeAsync(cancellationToken), cancellationToken);

    public async Task<int> CreateAsync(ExpenseInput input, CancellationToken cancellationToken = default) =>
        await expenses.CreateAsync(input, await MeAsync(cancellationToken), cancellationToken);

    public async Task UpdateAsync(int id, ExpenseInput input, CancellationToken cancellationToken = default) =>
        await expenses.UpdateAsync(id, input, await MeAsync(cancellationToken), cancellationToken);

    public async Task DeleteAsync(int id, long version, CancellationToken cancellationToken = default) =>
        await expenses.DeleteAsync(id, version, await MeAsync(cancellationToken), cancellationToken);

    public async Task AttachReceiptAsync(int id, Stream content, CancellationToken cancellationToken = default) =>
        await expenses.AttachReceiptAsync(id, content, await MeAsync(cancellationToken), cancellationToken);

    /// <summary>Whether the expense is this crew member's own (for the receipt download); false for an account with no crew record.</summary>
    public async Task<bool> IsMineAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await FindMeAsync(cancellationToken) is not { } me)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Expenses.AnyAsync(e => e.Id == id && e.CrewMemberId == me, cancellationToken);
    }

    private async Task<int> MeAsync(CancellationToken cancellationToken) =>
        await FindMeAsync(cancellationToken) ?? throw new BusinessRuleException(NoCrewRecord);

    private async Task<int?> FindMeAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMemberOfAsync((await actor.GetAsync(cancellationToken)).UserId, cancellationToken);
    }
}
