using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Budgets;

/// <summary>
/// Setting budgets. The office sets a booking's budget, starting from a template, the forecast or nothing;
/// the templates are the Admin's, like the expense categories their heads come from.
/// </summary>
public sealed class BudgetService(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor)
{
    private const string BudgetConflict = "Someone else changed this budget meanwhile; reload and try again.";
    private const string TemplateConflict = "Someone else changed this template meanwhile; reload and try again.";

    /// <summary>Sets the booking's allocations; with no heads left, the booking has no budget any more.</summary>
    public async Task SaveAsync(int bookingId, BudgetInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var status = await db.Bookings.Where(b => b.Id == bookingId).Select(b => (BookingStatus?)b.Status).SingleOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("This booking no longer exists.");
        if (status == BookingStatus.Cancelled)
        {
            throw new BusinessRuleException("A cancelled booking has no budget to keep.");
        }

        await EnsureHeadsAsync(db, input.Lines, cancellationToken);
        var budget = await db.Budgets.SingleOrDefaultAsync(b => b.BookingId == bookingId, cancellationToken);
        if (budget is null)
        {
            if (input.Version != 0)
            {
                throw new ConcurrencyConflictException(BudgetConflict);
            }

            if (input.Lines.Count > 0)
            {
                db.Budgets.Add(Budget.Create(bookingId, input.ToLines()));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // Someone else gave the booking its first budget at the same moment (one budget per booking).
                    throw new ConcurrencyConflictException(BudgetConflict);
                }
            }
        }
        else if (input.Lines.Count == 0)
        {
            db.Budgets.Remove(budget);
            await db.SaveVersionedAsync(budget, input.Version, BudgetConflict, cancellationToken);
        }
        else
        {
            budget.Replace(input.ToLines());
            // The heads live in their own table; the budget's own row still changes, so its version moves on.
            db.Entry(budget).Property(b => b.Version).IsModified = true;
            await db.SaveVersionedAsync(budget, input.Version, BudgetConflict, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Admin only: a new template.</summary>
    public async Task<int> AddTemplateAsync(BudgetTemplateInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureTemplateNameFreeAsync(db, input.Name, templateId: null, cancellationToken);
        await EnsureHeadsAsync(db, input.Lines, cancellationToken);
        var template = BudgetTemplate.Create(input);
        db.BudgetTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.Id;
    }

    /// <summary>Admin only: renames, re-allocates or retires a template; budgets made from it keep their own amounts.</summary>
    public async Task UpdateTemplateAsync(int id, BudgetTemplateInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var template = await db.BudgetTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This template no longer exists.");
        await EnsureTemplateNameFreeAsync(db, input.Name, id, cancellationToken);
        await EnsureHeadsAsync(db, input.Lines, cancellationToken);
        template.Update(input);
        db.Entry(template).Property(t => t.Version).IsModified = true;
        await db.SaveVersionedAsync(template, input.Version, TemplateConflict, cancellationToken);
    }

    private async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can change the budget templates.");
        }
    }

    private static async Task EnsureTemplateNameFreeAsync(BookingOpsDbContext db, string name, int? templateId, CancellationToken cancellationToken)
    {
        var wanted = name.Trim();
        if (await db.BudgetTemplates.AnyAsync(t => t.Name == wanted && t.Id != templateId, cancellationToken))
        {
            throw new DomainValidationException(nameof(BudgetTemplateInput.Name), "There is already a template with this name.");
        }
    }

    /// <summary>A head is crew fees or a crew expense category: overhead is the business's, not a booking's.</summary>
    private static async Task EnsureHeadsAsync(BookingOpsDbContext db, List<BudgetLineInput> lines, CancellationToken cancellationToken)
    {
        var wanted = lines.Where(l => l.CategoryId is not null).Select(l => l.CategoryId!.Value).Distinct().ToList();
        var crew = await db.ExpenseCategories.Where(c => wanted.Contains(c.Id) && c.Kind == ExpenseKind.Crew).Select(c => c.Id).ToListAsync(cancellationToken);
        var index = lines.FindIndex(l => l.CategoryId is { } id && !crew.Contains(id));
        if (index >= 0)
        {
            throw new DomainValidationException($"Lines[{index}].CategoryId", "Choose crew fees or one of the crew expense categories.");
        }
    }
}
