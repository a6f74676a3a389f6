using Bogus;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Demo crew with roles, some time off, and assignments that fill most requirements without double
/// booking anyone. A few time-off entries are laid over existing jobs afterwards: realistic conflicts
/// for the office to discover.
/// </summary>
internal sealed class CrewDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, TimeProvider clock)
{
    private const int BatchSize = 2_000;

    private static readonly string[][] RoleSets =
    [
        ["dancer"], ["dancer", "emcee"], ["performer"], ["performer", "drummer"], ["driver"], ["driver", "helper"],
        ["helper"], ["technician"], ["technician", "helper"], ["emcee"],
    ];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Crew == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 2) };
        var now = clock.GetUtcNow();
        var crew = new List<CrewMember>();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            for (var i = 0; i < options.Crew; i++)
            {
                var person = new CrewMember();
                person.Apply(new CrewMemberInput
                {
                    Name = faker.Name.FullName(),
                    Roles = [.. faker.PickRandom(RoleSets)],
                    Phone = $"+60 1{faker.Random.Number(0, 9)}-{faker.Random.Number(100, 999)} {faker.Random.Number(1000, 9999)}",
                    IdNumber = $"{faker.Random.Number(700101, 991231)}-{faker.Random.Number(10, 14)}-{faker.Random.Number(1000, 9999)}",
                    DefaultRate = faker.Random.Int(8, 40) * 10m,
                    IsActive = faker.Random.Bool(0.95f),
                });
                crew.Add(person);
            }

            db.CrewMembers.AddRange(crew);
            await db.SaveChangesAsync(cancellationToken);
        }

        var busy = crew.ToDictionary(c => c.Id, _ => new List<(DateTimeOffset Start, DateTimeOffset End)>());
        var byRole = crew.Where(c => c.IsActive).SelectMany(c => c.Roles.Select(r => (Role: r, Person: c))).ToLookup(x => x.Role, x => x.Person);
        var lastId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var bookings = await db.Bookings.AsNoTracking()
                .Where(b => b.Id > lastId && b.Status != BookingStatus.Cancelled && !db.CrewAssignments.Any(a => a.BookingId == b.Id))
                .OrderBy(b => b.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (bookings.Count == 0)
            {
                break;
            }

            lastId = bookings[^1].Id;
            foreach (var booking in bookings)
            {
                foreach (var requirement in booking.RoleRequirements)
                {
                    var pool = byRole[requirement.Role].ToList();
                    for (var seat = 0; seat < requirement.Count && pool.Count > 0; seat++)
                    {
                        // Some seats stay open, so the office has gaps to fill.
                        if (faker.Random.Bool(0.15f))
                        {
                            continue;
                        }

                        var person = faker.PickRandom(pool);
                        pool.Remove(person);
                        var windows = busy[person.Id];
                        if (windows.Any(w => w.Start < booking.EndsAt.AddMinutes(30) && booking.StartsAt < w.End.AddMinutes(30)))
                        {
                            continue;
                        }

                        windows.Add((booking.StartsAt, booking.EndsAt));
                        var assignment = CrewAssignment.Offer(booking.Id, person.Id, requirement.Role, person.DefaultRate, booking.StartsAt, booking.EndsAt, null, booking.CreatedAt);
                        if (booking.StartsAt < now || faker.Random.Bool(0.7f))
                        {
                            assignment.Accept();
                        }

                        if (booking.Status == BookingStatus.Completed)
                        {
                            assignment.Complete();
                        }

                        db.CrewAssignments.Add(assignment);
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using var timeOffDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var person in crew.Where(_ => faker.Random.Bool(0.3f)))
        {
            var start = new DateTimeOffset(now.AddDays(faker.Random.Int(1, 60)).Date, TimeSpan.Zero);
            timeOffDb.TimeOff.Add(new TimeOff { CrewMemberId = person.Id, StartsAt = start, EndsAt = start.AddDays(faker.Random.Int(1, 5)), Note = faker.PickRandom("Leave", "Exams", "Family event", "Medical") });
        }

        // The conflicts to discover: leave booked over a job someone already accepted.
        foreach (var (personId, windows) in busy.Where(b => b.Value.Any(w => w.Start > now)).Take(3))
        {
            var job = windows.First(w => w.Start > now);
            timeOffDb.TimeOff.Add(new TimeOff { CrewMemberId = personId, StartsAt = job.Start.AddHours(-2), EndsAt = job.End.AddHours(2), Note = "Wedding in the family (told us late)" });
        }

        await timeOffDb.SaveChangesAsync(cancellationToken);
    }
}
