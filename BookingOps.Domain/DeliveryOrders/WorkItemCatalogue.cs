using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>The Admin's catalogue of waste and work items; everyone writing orders picks from its active entries.</summary>
public sealed class WorkItemCatalogue(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor)
{
    public async Task<IReadOnlyList<WorkItem>> ActiveAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkItems.AsNoTracking().Where(w => w.IsActive).OrderBy(w => w.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Every item, retired ones last, for the Admin's catalogue page.</summary>
    public async Task<IReadOnlyList<WorkItem>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WorkItems.AsNoTracking().OrderByDescending(w => w.IsActive).ThenBy(w => w.Name).ToListAsync(cancellationToken);
    }

    public async Task<int> AddAsync(WorkItemInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureUniqueAsync(db, input.Name, itemId: null, cancellationToken);
        var item = WorkItem.Create(input);
        db.WorkItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public async Task UpdateAsync(int id, WorkItemInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This item no longer exists.");
        await EnsureUniqueAsync(db, input.Name, id, cancellationToken);
        item.Update(input);
        await db.SaveVersionedAsync(item, input.Version, "Someone else changed this item; reload and try again.", cancellationToken);
    }

    private async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can change the item catalogue.");
        }
    }

    private static async Task EnsureUniqueAsync(BookingOpsDbContext db, string name, int? itemId, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        if (await db.WorkItems.AnyAsync(w => w.Name == wanted && w.Id != itemId, cancellationToken))
        {
            throw new DomainValidationException(nameof(WorkItemInput.Name), "The catalogue already has an item with this name.");
        }
    }
}
