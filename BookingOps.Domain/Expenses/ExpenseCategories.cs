using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Expenses;

/// <summary>The Admin's expense categories; forms offer the active ones of the expense's kind.</summary>
public sealed class ExpenseCategories(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor)
{
    /// <summary>Every category, by kind, retired ones last.</summary>
    public async Task<IReadOnlyList<ExpenseCategory>> AllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ExpenseCategories.AsNoTracking().OrderBy(c => c.Kind).ThenByDescending(c => c.IsActive).ThenBy(c => c.Name).ToListAsync(cancellationToken);
    }

    public async Task<int> AddAsync(ExpenseCategoryInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureUniqueAsync(db, input, categoryId: null, cancellationToken);
        var category = ExpenseCategory.Create(input);
        db.ExpenseCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.Id;
    }

    /// <summary>Renames or retires a category; its kind stays, since expenses of that kind already use it.</summary>
    public async Task UpdateAsync(int id, ExpenseCategoryInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var category = await db.ExpenseCategories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This category no longer exists.");
        input.Kind = category.Kind;
        await EnsureUniqueAsync(db, input, id, cancellationToken);
        category.Update(input);
        await db.SaveVersionedAsync(category, input.Version, "Someone else changed this category; reload and try again.", cancellationToken);
    }

    private async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can change the expense categories.");
        }
    }

    private static async Task EnsureUniqueAsync(BookingOpsDbContext db, ExpenseCategoryInput input, int? categoryId, CancellationToken cancellationToken)
    {
        var wanted = input.Name.Trim();
        if (await db.ExpenseCategories.AnyAsync(c => c.Kind == input.Kind && c.Name == wanted && c.Id != categoryId, cancellationToken))
        {
            throw new DomainValidationException(nameof(ExpenseCategoryInput.Name), "There is already a category with this name.");
        }
    }
}
