using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>Delivery order changes: each method one use case in one transaction, announced once committed.</summary>
public sealed class DeliveryOrderService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    TimeProvider clock)
{
    private const string ConflictMessage =
        "Someone else changed this order while you were editing. Nothing was saved: reload to see their changes, then try again.";

    public async Task<int> CreateAsync(DeliveryOrderInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureReferencesAsync(db, input, orderId: null, cancellationToken);
        var order = DeliveryOrder.Create(input, await calendar.CurrencyAsync(), clock.GetUtcNow());
        order.AllowConflicts(await OverrideAsync(db, input, orderId: null, kept: null, cancellationToken));
        db.DeliveryOrders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return order.Id;
    }

    public async Task UpdateAsync(int id, DeliveryOrderInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var currency = await calendar.CurrencyAsync();
        await ChangeAsync(id, input.Version, async (db, order) =>
        {
            await EnsureReferencesAsync(db, input, id, cancellationToken);

            // An Admin's earlier go-ahead stands while the same driver, lorry and bin go to the same customer on the same day.
            var kept = order.SameAssignment(input) ? order.OverrideReason : null;
            order.Update(input, currency);
            order.AllowConflicts(await OverrideAsync(db, input, id, kept, cancellationToken));
        }, cancellationToken);
    }

    /// <summary>Gives the order its DO number, the next of the year, inside the transaction that saves it.</summary>
    public async Task IssueAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync();
        await ChangeAsync(id, version, async (db, order) =>
        {
            if (order.Lines.Count == 0)
            {
                throw new DomainValidationException(nameof(DeliveryOrderInput.Lines), "Add at least one line before issuing the order.");
            }

            order.Issue(await DocumentNumbers.NextAsync(db, DeliveryOrder.NumberPrefix, today.Year, cancellationToken), today);
        }, cancellationToken);
    }

    public Task AwaitInvoiceAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, order) => { order.AwaitInvoice(); return Task.CompletedTask; }, cancellationToken);

    public Task CloseAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, order) => { order.Close(); return Task.CompletedTask; }, cancellationToken);

    public Task CancelAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, order) => { order.Cancel(reason); return Task.CompletedTask; }, cancellationToken);

    /// <summary>
    /// The customer must be current, the driver an active crew member with the driver role, the lorry a
    /// vehicle (own or hired) and the bin a bin; and a page of the paper DO book is used once.
    /// </summary>
    private static async Task EnsureReferencesAsync(BookingOpsDbContext db, DeliveryOrderInput input, int? orderId, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (!await db.Customers.AnyAsync(c => c.Id == input.CustomerId && !c.IsArchived, cancellationToken))
        {
            problems[nameof(input.CustomerId)] = ["This customer no longer exists or is archived; choose another."];
        }

        if (input.DriverId is { } driverId
            && !await db.CrewMembers.AnyAsync(c => c.Id == driverId && c.IsActive && c.Roles.Contains(CrewRoles.Driver), cancellationToken))
        {
            problems[nameof(input.DriverId)] = ["Choose an active crew member with the driver role."];
        }

        if (input.LorryId is { } lorryId
            && !await db.Assets.AnyAsync(a => a.Id == lorryId && a.IsActive && (a.Kind == AssetKind.Vehicle || a.Kind == AssetKind.ExternalLorry), cancellationToken))
        {
            problems[nameof(input.LorryId)] = ["Choose a lorry in service, own or hired."];
        }

        if (input.BinId is { } binId && !await db.Assets.AnyAsync(a => a.Id == binId && a.IsActive && a.Kind == AssetKind.Bin, cancellationToken))
        {
            problems[nameof(input.BinId)] = ["Choose a bin in service."];
        }

        var series = Text.Clean(input.BookSeries)?.ToUpperInvariant();
        var page = Text.Clean(input.BookNumber);
        if (series is not null && page is not null
            && await db.DeliveryOrders.AnyAsync(o => o.BookSeries == series && o.BookNumber == page && o.Id != orderId, cancellationToken))
        {
            problems[nameof(input.BookNumber)] = [$"Book {series} page {page} is already on another order."];
        }

        if (problems.Count > 0)
        {
            throw new DomainValidationException(problems);
        }
    }

    /// <summary>
    /// Refuses a driver, lorry or bin that clashes, listing why, unless an Admin gives a reason to go ahead;
    /// returns the reason to keep (none when nothing clashes).
    /// </summary>
    private async Task<string?> OverrideAsync(BookingOpsDbContext db, DeliveryOrderInput input, int? orderId, string? kept, CancellationToken cancellationToken)
    {
        var reason = ConflictOverride.Check(input.OverrideReason, (await actor.GetAsync(cancellationToken)).IsAdmin) ?? kept;
        var conflicts = await DeliveryOrderConflicts.ForAsync(db, input, orderId, await calendar.ZoneAsync(), cancellationToken);
        return conflicts.Count == 0 ? null : reason ?? throw new SchedulingConflictException(conflicts);
    }

    private async Task ChangeAsync(int id, long version, Func<BookingOpsDbContext, DeliveryOrder, Task> change, CancellationToken cancellationToken)
    {
        await dbFactory.ChangeVersionedAsync(id, version, change, "This order no longer exists.", ConflictMessage, cancellationToken);
    }

}
