using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Crew;

public sealed class CrewService(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<int> CreateAsync(CrewMemberInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureLoginAsync(db, input.UserId, crewMemberId: 0, cancellationToken);
        var person = new CrewMember();
        person.Apply(input);
        db.CrewMembers.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person.Id;
    }

    public async Task UpdateAsync(int id, CrewMemberInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var person = await db.CrewMembers.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This person no longer exists.");
        await EnsureLoginAsync(db, input.UserId, id, cancellationToken);
        person.Apply(input);
        await db.SaveVersionedAsync(person, input.Version, "Someone else changed this person meanwhile. Nothing was saved: reload and try again.", cancellationToken);
    }

    public async Task RemoveTimeOffAsync(int timeOffId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var off = await db.TimeOff.SingleOrDefaultAsync(t => t.Id == timeOffId, cancellationToken);
        if (off is not null)
        {
            db.TimeOff.Remove(off);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task AddTimeOffAsync(int crewMemberId, DateTimeOffset startsAt, DateTimeOffset endsAt, string? note, CancellationToken cancellationToken = default)
    {
        if (endsAt <= startsAt)
        {
            throw new DomainValidationException("EndsAt", "The time off must end after it starts.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.CrewMembers.AnyAsync(c => c.Id == crewMemberId, cancellationToken))
        {
            throw new BusinessRuleException("This person no longer exists.");
        }

        if (await db.TimeOff.AnyAsync(t => t.CrewMemberId == crewMemberId && t.StartsAt < endsAt && t.EndsAt > startsAt, cancellationToken))
        {
            throw new DomainValidationException("StartsAt", "This overlaps time off already recorded; change that one instead.");
        }

        db.TimeOff.Add(new TimeOff { CrewMemberId = crewMemberId, StartsAt = startsAt, EndsAt = endsAt, Note = Text.Clean(note) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A linked login must be a Crew account and belong to one person only.</summary>
    private static async Task EnsureLoginAsync(BookingOpsDbContext db, string? userId, int crewMemberId, CancellationToken cancellationToken)
    {
        if (Text.Clean(userId) is not { } id)
        {
            return;
        }

        var crewRole = await db.Roles.Where(r => r.Name == Accounts.Roles.Crew).Select(r => r.Id).SingleAsync(cancellationToken);
        if (!await db.UserRoles.AnyAsync(ur => ur.UserId == id && ur.RoleId == crewRole, cancellationToken))
        {
            throw new DomainValidationException(nameof(CrewMemberInput.UserId), "Link a login that has the Crew role.");
        }

        if (await db.CrewMembers.Where(c => c.UserId == id && c.Id != crewMemberId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            throw new DomainValidationException(nameof(CrewMemberInput.UserId), $"This login already belongs to {other}.");
        }
    }
}
