using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Customers;

/// <summary>Customer changes: each method is one use case in one transaction.</summary>
public sealed class CustomerService(IDbContextFactory<BookingOpsDbContext> dbFactory, TimeProvider clock)
{
    private const string ConflictMessage =
        "Someone else changed this customer while you were editing. Nothing was saved: reload to see their changes, then edit again.";

    public async Task<int> CreateAsync(CustomerInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = new Customer { CreatedAt = clock.GetUtcNow() };
        customer.Apply(input);
        db.Customers.Add(customer);
        await db.SaveChangesAsync(cancellationToken);
        return customer.Id;
    }

    public async Task UpdateAsync(int id, CustomerInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await LoadAsync(db, id, cancellationToken);
        customer.Apply(input);
        await db.SaveVersionedAsync(customer, input.Version, ConflictMessage, cancellationToken);
    }

    /// <summary>Hides a customer with history from the list; its records stay intact.</summary>
    public Task ArchiveAsync(int id, long version, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, version, archived: true, cancellationToken);

    public Task RestoreAsync(int id, long version, CancellationToken cancellationToken = default) =>
        SetArchivedAsync(id, version, archived: false, cancellationToken);

    /// <summary>Deletes a customer who has no history; one with history must be archived instead.</summary>
    public async Task DeleteAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await LoadAsync(db, id, cancellationToken);
        if (await db.IsReferencedAsync<Customer>(id, cancellationToken))
        {
            throw new BusinessRuleException($"{customer.Name} has bookings or other history, so the record is kept: archive the customer instead.");
        }

        db.Customers.Remove(customer);
        await db.SaveVersionedAsync(customer, version, ConflictMessage, cancellationToken);
    }

    private async Task SetArchivedAsync(int id, long version, bool archived, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await LoadAsync(db, id, cancellationToken);
        if (customer.IsArchived == archived)
        {
            throw new BusinessRuleException(archived ? $"{customer.Name} is already archived." : $"{customer.Name} is not archived.");
        }

        customer.IsArchived = archived;
        await db.SaveVersionedAsync(customer, version, ConflictMessage, cancellationToken);
    }

    private static async Task<Customer> LoadAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Customers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new BusinessRuleException("This customer no longer exists.");
}
