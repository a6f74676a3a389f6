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
        var person = new CrewMember();
        person.Apply(input);
        db.CrewMembers.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return person.Id;
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
}
