using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// Recording expenses and deciding on them. The office (Staff and Admin) keeps crew expenses and approves
/// them; overhead is the Admin's alone. A crew member's own expenses go through <see cref="MyExpenses"/>,
/// which uses the same rules here, narrowed to their own records.
/// </summary>
public sealed class ExpenseService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    FileStore files,
    TimeProvider clock)
{
    private const string Gone = "This expense no longer exists.";
    private const string Conflict = "Someone else changed this expense meanwhile; reload and try again.";

    public Task<int> CreateAsync(ExpenseInput input, CancellationToken cancellationToken = default) =>
        CreateAsync(input, owner: null, cancellationToken);

    public Task UpdateAsync(int id, ExpenseInput input, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, input, owner: null, cancellationToken);

    public Task DeleteAsync(int id, long version, CancellationToken cancellationToken = default) =>
        DeleteAsync(id, version, owner: null, cancellationToken);

    public Task AttachReceiptAsync(int id, Stream content, CancellationToken cancellationToken = default) =>
        AttachReceiptAsync(id, content, owner: null, cancellationToken);

    public async Task ApproveAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        var by = (await actor.GetAsync(cancellationToken)).Name;
        await ChangeAsync(id, version, owner: null, (_, expense) => { expense.Approve(by, clock.GetUtcNow()); return Task.CompletedTask; }, cancellationToken);
    }

    public Task RejectAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, owner: null, (_, expense) => { expense.Reject(reason); return Task.CompletedTask; }, cancellationToken);

    /// <summary>Records an expense; a crew member's own (<paramref name="owner"/>) is always theirs and on their own work.</summary>
    internal async Task<int> CreateAsync(ExpenseInput input, int? owner, CancellationToken cancellationToken)
    {
        if (owner is not null)
        {
            (input.Kind, input.CrewMemberId) = (ExpenseKind.Crew, owner);
        }

        InputValidation.EnsureValid(input);
        var who = await actor.GetAsync(cancellationToken);
        EnsureMayKeep(input.Kind, who);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureReferencesAsync(db, input, owner, cancellationToken);
        var today = await calendar.TodayAsync();
        var expense = Expense.Create(
            await DocumentNumbers.NextAsync(db, Expense.NumberPrefix, today.Year, cancellationToken), input, who.Name, clock.GetUtcNow());
        db.Expenses.Add(expense);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return expense.Id;
    }

    internal Task UpdateAsync(int id, ExpenseInput input, int? owner, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, owner, async (db, expense) =>
        {
            (input.Kind, input.CrewMemberId) = (expense.Kind, owner ?? input.CrewMemberId ?? expense.CrewMemberId);
            InputValidation.EnsureValid(input);
            await EnsureReferencesAsync(db, input, owner, cancellationToken);
            expense.Update(input);
        }, cancellationToken);

    internal async Task DeleteAsync(int id, long version, int? owner, CancellationToken cancellationToken)
    {
        string? receipt = null;
        await ChangeAsync(id, version, owner, (db, expense) =>
        {
            expense.EnsureDeletable();
            receipt = expense.ReceiptFileName;
            db.Expenses.Remove(expense);
            return Task.CompletedTask;
        }, cancellationToken);
        DeleteFile(receipt);
    }

    /// <summary>Keeps the receipt (photo or PDF, checked by content) under a generated name, replacing an earlier one.</summary>
    internal async Task AttachReceiptAsync(int id, Stream content, int? owner, CancellationToken cancellationToken)
    {
        var receipt = ReceiptFiles.Prepare(await ReceiptFiles.ReadAsync(content, cancellationToken));
        var fileName = $"receipt-{Guid.NewGuid():N}{receipt.Extension}";
        Directory.CreateDirectory(files.Directory);
        await File.WriteAllBytesAsync(files.PathOf(fileName), receipt.Content, cancellationToken);
        string? previous = null;
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var expense = await LoadAsync(db, id, owner, cancellationToken);
            previous = expense.ReceiptFileName;
            expense.AttachReceipt(fileName, receipt.ContentType);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            DeleteFile(fileName);
            throw;
        }

        DeleteFile(previous);
    }

    private async Task ChangeAsync(int id, long version, int? owner, Func<BookingOpsDbContext, Expense, Task> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var expense = await LoadAsync(db, id, owner, cancellationToken);
        await change(db, expense);
        await db.SaveVersionedAsync(expense, version, Conflict, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The expense, if the person asking may touch it: their own as crew; overhead only as Admin.</summary>
    private async Task<Expense> LoadAsync(BookingOpsDbContext db, int id, int? owner, CancellationToken cancellationToken)
    {
        var expense = await db.Expenses.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new BusinessRuleException(Gone);
        if (owner is not null && expense.CrewMemberId != owner)
        {
            throw new BusinessRuleException(Gone);
        }

        EnsureMayKeep(expense.Kind, await actor.GetAsync(cancellationToken));
        return expense;
    }

    private static void EnsureMayKeep(ExpenseKind kind, Actor who)
    {
        if (kind == ExpenseKind.Overhead && !who.IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can see or change overhead expenses.");
        }
    }

    /// <summary>The category fits the kind; overhead is the business's own and on no job; a crew expense names its crew member and work that exists, and a crew member's own is on their own work.</summary>
    private static async Task EnsureReferencesAsync(BookingOpsDbContext db, ExpenseInput input, int? owner, CancellationToken cancellationToken)
    {
        if (!await db.ExpenseCategories.AnyAsync(c => c.Id == input.CategoryId && c.Kind == input.Kind && c.IsActive, cancellationToken))
        {
            throw new DomainValidationException(nameof(ExpenseInput.CategoryId), "Choose one of the offered categories.");
        }

        if (input.Kind == ExpenseKind.Overhead)
        {
            return;
        }

        if (input.CrewMemberId is not { } person || !await db.CrewMembers.AnyAsync(c => c.Id == person, cancellationToken))
        {
            throw new DomainValidationException(nameof(ExpenseInput.CrewMemberId), "Choose whose expense it is.");
        }

        if (input.BookingId is { } bookingId && !await (owner is null
                ? db.Bookings.AnyAsync(b => b.Id == bookingId, cancellationToken)
                : db.CrewAssignments.AnyAsync(a => a.BookingId == bookingId && a.CrewMemberId == owner && a.Status != AssignmentStatus.Declined, cancellationToken)))
        {
            throw new DomainValidationException(nameof(ExpenseInput.BookingId), owner is null ? "This booking no longer exists." : "Choose one of your own jobs.");
        }

        if (input.DeliveryOrderId is { } orderId
            && !await db.DeliveryOrders.AnyAsync(o => o.Id == orderId && (owner == null || o.DriverId == owner), cancellationToken))
        {
            throw new DomainValidationException(nameof(ExpenseInput.DeliveryOrderId), owner is null ? "This delivery order no longer exists." : "Choose one of your own orders.");
        }
    }

    private void DeleteFile(string? fileName)
    {
        if (fileName is not null && File.Exists(files.PathOf(fileName)))
        {
            File.Delete(files.PathOf(fileName));
        }
    }
}
