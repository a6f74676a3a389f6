using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Crew;

/// <summary>
/// Puts crew on bookings. Each assignment is checked and saved in one immediate (write-locked)
/// transaction, so two people assigning the same person at the same moment cannot both succeed.
/// </summary>
public sealed class CrewAssignmentService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    BusinessSettingsService settings,
    TimeProvider clock)
{
    public async Task<int> AssignAsync(AssignCrewInput input, bool actorIsAdmin, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var overrideReason = ConflictOverride.Check(input.OverrideReason, actorIsAdmin);

        var buffer = await settings.JobBufferAsync(cancellationToken);
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == input.BookingId, cancellationToken)
            ?? throw new BusinessRuleException("This booking no longer exists.");
        if (booking.Status is not (BookingStatus.Tentative or BookingStatus.Confirmed or BookingStatus.InProgress))
        {
            throw new BusinessRuleException($"A booking that is {Booking.Describe(booking.Status)} takes no new assignments.");
        }

        var person = await db.CrewMembers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CrewMemberId, cancellationToken)
            ?? throw new DomainValidationException(nameof(AssignCrewInput.CrewMemberId), "This person no longer exists.");
        if (await db.CrewAssignments.AnyAsync(a => a.BookingId == booking.Id && a.CrewMemberId == person.Id && a.Status != AssignmentStatus.Declined, cancellationToken))
        {
            throw new BusinessRuleException($"{person.Name} is already on this booking.");
        }

        var window = new TimeWindow(booking.StartsAt, booking.EndsAt);
        var candidate = await CrewAvailability.CandidateAsync(db, person, window, buffer, cancellationToken);
        var conflicts = ConflictDetector.ForCrew(candidate, booking.Id, window, input.Role, buffer, zone);
        if (conflicts.Count > 0 && overrideReason is null)
        {
            throw new SchedulingConflictException(conflicts);
        }

        var assignment = CrewAssignment.Offer(booking.Id, person.Id, input.Role, input.Fee, booking.StartsAt, booking.EndsAt, conflicts.Count > 0 ? overrideReason : null, clock.GetUtcNow());
        db.CrewAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return assignment.Id;
    }

    /// <summary>The conflicts an assignment would have, without saving anything.</summary>
    public async Task<IReadOnlyList<Conflict>> PreviewAsync(int bookingId, int crewMemberId, string role, CancellationToken cancellationToken = default)
    {
        var buffer = await settings.JobBufferAsync(cancellationToken);
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == bookingId, cancellationToken);
        var person = await db.CrewMembers.AsNoTracking().SingleAsync(c => c.Id == crewMemberId, cancellationToken);
        var window = new TimeWindow(booking.StartsAt, booking.EndsAt);
        var candidate = await CrewAvailability.CandidateAsync(db, person, window, buffer, cancellationToken);
        return ConflictDetector.ForCrew(candidate, booking.Id, window, role, buffer, zone);
    }

    /// <summary>A crew member accepts an offer; <paramref name="crewUserId"/> is the signed-in crew login, which must own it.</summary>
    public Task AcceptAsync(int assignmentId, long version, string crewUserId, CancellationToken cancellationToken = default) =>
        ChangeAsync(assignmentId, version, crewUserId, a => a.Accept(), cancellationToken);

    public Task DeclineAsync(int assignmentId, long version, string crewUserId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(assignmentId, version, crewUserId, a => a.Decline(reason), cancellationToken);

    private async Task ChangeAsync(int assignmentId, long version, string crewUserId, Action<CrewAssignment> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assignment = await db.CrewAssignments
            .Where(a => a.Id == assignmentId && db.CrewMembers.Any(c => c.Id == a.CrewMemberId && c.UserId == crewUserId))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("This assignment is not yours or no longer exists.");
        change(assignment);
        await db.SaveVersionedAsync(assignment, version, "This assignment changed meanwhile. Nothing was saved: reload and try again.", cancellationToken);
    }
}
