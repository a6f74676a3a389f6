using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Crew;

/// <summary>Crew reads: the list, one person, a booking's crew and staffing, and a crew member's own work.</summary>
public sealed class CrewDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    /// <summary>How many people a picker offers at once; typing narrows them.</summary>
    public const int PickerSize = 20;

    public async Task<PagedResult<CrewListItem>> ListAsync(string? search, bool includeInactive, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var crew = db.CrewMembers.AsNoTracking();
        if (!includeInactive)
        {
            crew = crew.Where(c => c.IsActive);
        }

        if (Text.Clean(search) is { } term)
        {
            var pattern = LikePattern.Containing(term);
            crew = crew.Where(c => EF.Functions.Like(c.Name, pattern, LikePattern.Escape) || EF.Functions.Like(c.Phone, pattern, LikePattern.Escape));
        }

        var total = await crew.CountAsync(cancellationToken);
        var items = await crew.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(page.SafeSkip).Take(page.SafeTake)
            .Select(c => new CrewListItem(c.Id, c.Name, c.Roles, c.Phone, c.DefaultRate, c.IsActive, c.UserId != null))
            .ToListAsync(cancellationToken);
        return new PagedResult<CrewListItem>(items, total);
    }

    public async Task<CrewMember?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CrewMembers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<TimeOff>> TimeOffAsync(int crewMemberId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.TimeOff.AsNoTracking().Where(t => t.CrewMemberId == crewMemberId).OrderBy(t => t.StartsAt).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AssignmentView>> ForBookingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Views(db, db.CrewAssignments.Where(a => a.BookingId == bookingId)).OrderBy(a => a.Role).ThenBy(a => a.CrewName).ToListAsync(cancellationToken);
    }

    /// <summary>The signed-in crew member's own assignments; nothing of anyone else's.</summary>
    public async Task<IReadOnlyList<AssignmentView>> ForUserAsync(string userId, bool upcoming, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.CrewAssignments.Where(a => db.CrewMembers.Any(c => c.Id == a.CrewMemberId && c.UserId == userId));
        mine = upcoming ? mine.Where(a => a.EndsAt >= now) : mine.Where(a => a.EndsAt < now);
        var views = Views(db, mine);
        return await (upcoming ? views.OrderBy(a => a.StartsAt) : views.OrderByDescending(a => a.StartsAt)).Take(100).ToListAsync(cancellationToken);
    }

    /// <summary>The booking's role requirements against the crew on it.</summary>
    public async Task<IReadOnlyList<StaffingGap>> StaffingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return [];
        }

        var assigned = await db.CrewAssignments
            .Where(a => a.BookingId == bookingId && (a.Status == AssignmentStatus.Offered || a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed))
            .GroupBy(a => a.Role)
            .Select(g => new { Role = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Role, g => g.Count, cancellationToken);
        return booking.RoleRequirements
            .GroupBy(r => r.Role.Trim().ToLowerInvariant())
            .Select(g => new StaffingGap(g.Key, g.Sum(r => r.Count), assigned.GetValueOrDefault(g.Key)))
            .ToList();
    }

    /// <summary>
    /// Active people with the role who are free for the booking's window (no clash within the buffer, no
    /// time off), best fits first: fewest hours booked in the week around the job, then the lower rate.
    /// Two queries whatever the crew size (the booking's own crew, then the candidates); each person's clashes
    /// and week are read through their own index range.
    /// </summary>
    public async Task<IReadOnlyList<AvailableCrew>> AvailableAsync(int bookingId, string role, TimeSpan buffer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return [];
        }

        var wanted = role.Trim().ToLowerInvariant();
        var longest = await CrewAvailability.LongestAssignmentAsync(db, cancellationToken);
        var (clashing, away) = Busy(db, booking, buffer, longest);
        var (weekFrom, weekTo) = (booking.StartsAt.AddDays(-3.5), booking.StartsAt.AddDays(3.5));
        var alreadyOn = await db.CrewAssignments
            .Where(a => a.BookingId == bookingId && a.Status != AssignmentStatus.Declined)
            .Select(a => a.CrewMemberId)
            .ToListAsync(cancellationToken);
        var candidates = await db.CrewMembers.AsNoTracking()
            .Where(c => c.IsActive && c.Roles.Contains(wanted))
            .Where(c => !clashing.Any(a => a.CrewMemberId == c.Id))
            .Where(c => !away.Any(t => t.CrewMemberId == c.Id))
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Roles,
                c.DefaultRate,
                MinutesThatWeek = db.CrewAssignments
                    .Where(a => a.CrewMemberId == c.Id && a.Status != AssignmentStatus.Declined
                        && a.StartsAt > weekFrom - longest && a.StartsAt < weekTo && a.EndsAt > weekFrom)
                    .Sum(a => a.DurationMinutes),
            })
            .ToListAsync(cancellationToken);
        return candidates
            .Where(c => !alreadyOn.Contains(c.Id))
            .Select(c => new AvailableCrew(c.Id, c.Name, c.Roles, c.DefaultRate, c.MinutesThatWeek / 60d))
            .OrderBy(c => c.HoursBookedThatWeek).ThenBy(c => c.DefaultRate).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The active crew for the booking's person picker (those whose name holds <paramref name="search"/>), by
    /// name, each saying why they cannot take it: the booking they already work at that time (within the
    /// buffer), or time off.
    /// </summary>
    public async Task<IReadOnlyList<CrewPick>> PickerAsync(int bookingId, TimeSpan buffer, string? search = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return [];
        }

        var (clashing, away) = Busy(db, booking, buffer, await CrewAvailability.LongestAssignmentAsync(db, cancellationToken));
        var crew = db.CrewMembers.AsNoTracking().Where(c => c.IsActive);
        if (Text.Clean(search) is { } term)
        {
            var pattern = LikePattern.Containing(term);
            crew = crew.Where(c => EF.Functions.Like(c.Name, pattern, LikePattern.Escape));
        }

        var people = await crew
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Take(PickerSize)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.DefaultRate,
                Clash = clashing.Where(a => a.CrewMemberId == c.Id)
                    .Join(db.Bookings, a => a.BookingId, b => b.Id, (a, b) => b.Number)
                    .FirstOrDefault(),
                Away = away.Any(t => t.CrewMemberId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return people
            .Select(p => new CrewPick(p.Id, p.Name, p.DefaultRate, p.Clash is { } number ? $"on {number}" : p.Away ? "time off" : null))
            .ToList();
    }

    /// <summary>
    /// Live offers and jobs of other bookings that overlap <paramref name="booking"/> within the buffer, and
    /// time off during it: what makes a person busy for it.
    /// </summary>
    private static (IQueryable<CrewAssignment> Clashing, IQueryable<TimeOff> Away) Busy(
        BookingOpsDbContext db, Bookings.Booking booking, TimeSpan buffer, TimeSpan longest)
    {
        var (from, to) = (booking.StartsAt - buffer, booking.EndsAt + buffer);
        var earliestStart = from - longest;
        var clashing = db.CrewAssignments.Where(a => a.BookingId != booking.Id
            && (a.Status == AssignmentStatus.Offered || a.Status == AssignmentStatus.Accepted)
            && a.StartsAt > earliestStart && a.StartsAt < to && a.EndsAt > from
            && db.Bookings.Any(b => b.Id == a.BookingId && b.Status != Bookings.BookingStatus.Cancelled));
        var away = db.TimeOff.Where(t => t.StartsAt < booking.EndsAt && t.EndsAt > booking.StartsAt);
        return (clashing, away);
    }

    private static IQueryable<AssignmentView> Views(BookingOpsDbContext db, IQueryable<CrewAssignment> assignments) =>
        from a in assignments
        join b in db.Bookings on a.BookingId equals b.Id
        join c in db.CrewMembers on a.CrewMemberId equals c.Id
        select new AssignmentView
        {
            Id = a.Id,
            BookingId = b.Id,
            BookingNumber = b.Number,
            ServiceType = b.ServiceType,
            Address = b.Address,
            CrewMemberId = c.Id,
            CrewName = c.Name,
            Role = a.Role,
            Fee = a.Fee,
            Status = a.Status,
            StartsAt = a.StartsAt,
            EndsAt = a.EndsAt,
            DeclineReason = a.DeclineReason,
            OverrideReason = a.OverrideReason,
            Version = a.Version,
        };
}
