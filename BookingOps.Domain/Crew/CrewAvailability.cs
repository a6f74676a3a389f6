using BookingOps.Domain.Bookings;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Crew;

/// <summary>What the conflict detector needs about one person, read with two indexed queries.</summary>
internal static class CrewAvailability
{
    public static async Task<CrewCandidate> CandidateAsync(
        BookingOpsDbContext db, CrewMember person, TimeWindow window, TimeSpan buffer, CancellationToken cancellationToken)
    {
        var from = window.Start - buffer;
        var to = window.End + buffer;
        var earliestStart = from - await LongestAssignmentAsync(db, cancellationToken);
        var commitments = await db.CrewAssignments.AsNoTracking()
            .Where(a => a.CrewMemberId == person.Id
                && (a.Status == AssignmentStatus.Offered || a.Status == AssignmentStatus.Accepted)
                && a.StartsAt > earliestStart && a.StartsAt < to && a.EndsAt > from)
            .Join(db.Bookings, a => a.BookingId, b => b.Id, (a, b) => new { b.Id, b.Number, b.Status, a.StartsAt, a.EndsAt })
            .Where(c => c.Status != BookingStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var timeOff = await db.TimeOff.AsNoTracking()
            .Where(t => t.CrewMemberId == person.Id && t.StartsAt < window.End && t.EndsAt > window.Start)
            .ToListAsync(cancellationToken);
        return new CrewCandidate(
            person.Name,
            person.IsActive,
            person.Roles,
            commitments.Select(c => new Commitment(c.Id, c.Number, new TimeWindow(c.StartsAt, c.EndsAt))).ToList(),
            timeOff.Select(t => new Unavailability(new TimeWindow(t.StartsAt, t.EndsAt), t.Note)).ToList());
    }

    /// <summary>The longest assignment on record; read from its index, so it costs one lookup.</summary>
    public static async Task<TimeSpan> LongestAssignmentAsync(BookingOpsDbContext db, CancellationToken cancellationToken) =>
        TimeSpan.FromMinutes(await db.CrewAssignments.MaxAsync(a => (int?)a.DurationMinutes, cancellationToken) ?? 0);

    /// <summary>
    /// Moves a booking's active assignments to its new window, refusing the move if anyone would clash.
    /// Called by the booking's edit (and so by the calendar's drag), inside its transaction.
    /// </summary>
    public static async Task RescheduleAsync(
        BookingOpsDbContext db, int bookingId, TimeWindow window, TimeSpan buffer, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var assignments = await db.CrewAssignments
            .Where(a => a.BookingId == bookingId && (a.Status == AssignmentStatus.Offered || a.Status == AssignmentStatus.Accepted))
            .ToListAsync(cancellationToken);
        var conflicts = new List<Conflict>();
        foreach (var assignment in assignments.Where(a => a.StartsAt != window.Start || a.EndsAt != window.End))
        {
            var person = await db.CrewMembers.AsNoTracking().SingleAsync(c => c.Id == assignment.CrewMemberId, cancellationToken);
            var candidate = await CandidateAsync(db, person, window, buffer, cancellationToken);
            conflicts.AddRange(ConflictDetector.ForCrew(candidate, bookingId, window, assignment.Role, buffer, zone)
                .Where(c => c.Kind is ConflictKind.DoubleBooked or ConflictKind.TimeOff));
            assignment.Reschedule(window.Start, window.End);
        }

        if (conflicts.Count > 0)
        {
            throw new SchedulingConflictException(conflicts);
        }
    }
}
