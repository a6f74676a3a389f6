using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Bookings;

/// <summary>Booking changes: each method is one use case in one transaction, announced on the change feed once committed.</summary>
public sealed class BookingService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    BusinessSettingsService settings,
    TimeProvider clock)
{
    public const string NumberPrefix = "BKG";

    private const string ConflictMessage =
        "Someone else changed this booking while you were editing. Nothing was saved: reload to see their changes, then try again.";

    public async Task<int> CreateAsync(BookingInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var schedule = await ScheduleAsync(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await AddAsync(db, input, schedule, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return booking.Id;
    }

    /// <summary>The edit form saves through here, and so does <see cref="MoveAsync"/>.</summary>
    public async Task UpdateAsync(int id, BookingInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var schedule = await ScheduleAsync(input);
        var currency = await calendar.CurrencyAsync();
        var zone = await calendar.ZoneAsync();
        var buffer = await settings.JobBufferAsync(cancellationToken);
        await ChangeAsync(id, input.Version, async (db, booking) =>
        {
            if (booking.CustomerId != input.CustomerId)
            {
                await EnsureCustomerAsync(db, input.CustomerId, cancellationToken);
            }

            booking.Update(input, schedule, currency, clock.GetUtcNow());

            // Crew and assets move with the booking; a move that would double-book any of them is refused.
            await CrewAvailability.RescheduleAsync(db, id, new TimeWindow(booking.StartsAt, booking.EndsAt), buffer, zone, cancellationToken);
            await AssetAvailability.RescheduleAsync(db, booking, buffer, zone, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The calendar's drag: the booking keeps its length and starts at <paramref name="start"/> (business
    /// time), refused like any edit if it changed since the calendar read <paramref name="version"/>.
    /// </summary>
    public async Task MoveAsync(int id, long version, DateTime start, CancellationToken cancellationToken = default)
    {
        Booking booking;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
                ?? throw new BusinessRuleException("This booking no longer exists.");
        }

        var input = BookingInput.From(booking, await calendar.ZoneAsync());
        (input.Start, input.End, input.Version) = (start, start + (input.End - input.Start), version);
        await UpdateAsync(id, input, cancellationToken);
    }

    public Task ConfirmAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, booking) => { booking.Confirm(); return Task.CompletedTask; }, cancellationToken);

    public Task StartAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, booking) => { booking.Start(); return Task.CompletedTask; }, cancellationToken);

    /// <summary>Completes the booking and, with it, the work of everyone who accepted; unanswered offers stay as they were.</summary>
    public Task CompleteAsync(int id, long version, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, async (db, booking) =>
        {
            booking.Complete();
            var accepted = await db.CrewAssignments.Where(a => a.BookingId == id && a.Status == AssignmentStatus.Accepted).ToListAsync(cancellationToken);
            accepted.ForEach(a => a.Complete());
        }, cancellationToken);

    public Task CancelAsync(int id, long version, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, (_, booking) => { booking.Cancel(reason); return Task.CompletedTask; }, cancellationToken);

    /// <summary>Releases the dates of tentative bookings whose hold has lapsed; running it twice changes nothing twice.</summary>
    public async Task<int> ExpireHoldsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lapsed = await db.Bookings
            .Where(b => b.Status == BookingStatus.Tentative && b.HoldExpiresAt <= now)
            .ToListAsync(cancellationToken);
        var expired = lapsed.Where(b => b.ExpireHold(now)).ToList();
        await db.SaveChangesAsync(cancellationToken);
        return expired.Count;
    }

    /// <summary>
    /// Adds a new booking with the next number to <paramref name="db"/>, inside the caller's transaction;
    /// the caller saves. Used by <see cref="CreateAsync"/> and by converting an inquiry.
    /// </summary>
    internal async Task<Booking> AddAsync(BookingOpsDbContext db, BookingInput input, BookingSchedule schedule, CancellationToken cancellationToken)
    {
        await EnsureCustomerAsync(db, input.CustomerId, cancellationToken);
        var now = clock.GetUtcNow();
        var year = TimeZoneInfo.ConvertTime(now, await calendar.ZoneAsync()).Year;
        var number = await DocumentNumbers.NextAsync(db, NumberPrefix, year, cancellationToken);
        var booking = Booking.Create(number, input, schedule, await calendar.CurrencyAsync(), now);
        db.Bookings.Add(booking);
        return booking;
    }

    internal async Task<BookingSchedule> ScheduleAsync(BookingInput input)
    {
        var zone = await calendar.ZoneAsync();
        return new BookingSchedule(
            BusinessCalendar.ToUtc(input.Start, zone),
            BusinessCalendar.ToUtc(input.End, zone),
            input.HoldUntil is { } hold ? BusinessCalendar.ToUtc(hold, zone) : null);
    }

    private static async Task EnsureCustomerAsync(BookingOpsDbContext db, int customerId, CancellationToken cancellationToken)
    {
        if (!await db.Customers.AnyAsync(c => c.Id == customerId && !c.IsArchived, cancellationToken))
        {
            throw new DomainValidationException(nameof(BookingInput.CustomerId), "This customer no longer exists or is archived; choose another.");
        }
    }

    private async Task ChangeAsync(int id, long version, Func<BookingOpsDbContext, Booking, Task> change, CancellationToken cancellationToken)
    {
        await dbFactory.ChangeVersionedAsync(id, version, change, "This booking no longer exists.", ConflictMessage, cancellationToken);
    }
}
