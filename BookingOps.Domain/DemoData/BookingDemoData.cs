using Bogus;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Inquiries;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>Demo bookings and inquiries through the domain's own factories and state methods, so they obey every rule.</summary>
internal sealed class BookingDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    private const int BatchSize = 2_000;

    private static readonly (string Service, string[] Roles, decimal Price, (string Type, string? Size)[] Equipment)[] Services =
    [
        ("Wedding dance show", ["dancer", "driver"], 2_500m, [("vehicle", null)]),
        ("Corporate dinner performance", ["dancer", "emcee"], 4_200m, [("sound system", null)]),
        ("Kompang troupe", ["performer"], 1_200m, []),
        ("Lion dance", ["performer", "drummer"], 1_800m, [("vehicle", null)]),
        ("Event helpers", ["helper"], 900m, []),
        ("Roll-off bin rental", ["driver"], 650m, [("bin", null), ("lorry", null)]),
        ("Stage and sound setup", ["technician", "helper"], 3_100m, [("sound system", null), ("lighting", null)]),
    ];

    /// <summary>The bin sizes the demo fleet has; bin rentals ask for one of them.</summary>
    internal static readonly string[] BinSizes = ["3×10×6 ft", "4×12×6 ft", "4×14×6 ft"];

    private static readonly string[] Areas = ["Petaling Jaya", "Shah Alam", "Subang Jaya", "Klang", "Cheras", "Kajang", "Puchong", "Putrajaya", "Ampang"];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Bookings == 0 && options.Inquiries == 0)
        {
            return;
        }

        var zone = await calendar.ZoneAsync();
        var currency = await calendar.CurrencyAsync();
        int[] customers;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            customers = await db.Customers.Where(c => !c.IsArchived).OrderBy(c => c.Id).Select(c => c.Id).Take(20_000).ToArrayAsync(cancellationToken);
        }

        if (customers.Length == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 1) };
        await GenerateBookingsAsync(options, faker, customers, zone, currency, cancellationToken);
        await GenerateInquiriesAsync(options, faker, customers, zone, cancellationToken);
    }

    private async Task GenerateBookingsAsync(DemoDataOptions options, Faker faker, int[] customers, TimeZoneInfo zone, string currency, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        var firstDay = today.AddMonths(-options.PastMonths);
        var days = (today.AddMonths(options.FutureMonths) - firstDay).Days;
        DemoNumbers numbers;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            numbers = await DemoNumbers.LoadAsync(db, cancellationToken);
        }

        // Created in date order, so numbers rise with time as they would in real use.
        var starts = Enumerable.Range(0, options.Bookings)
            .Select(_ => firstDay.AddDays(faker.Random.Int(0, days - 1)).AddHours(faker.Random.Int(8, 20)).AddMinutes(faker.PickRandom(0, 30)))
            .Order()
            .ToList();
        for (var done = 0; done < starts.Count; done += BatchSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var start in starts.Skip(done).Take(BatchSize))
            {
                var (service, roles, price, equipment) = faker.PickRandom(Services);
                var input = new BookingInput
                {
                    CustomerId = faker.PickRandom(customers),
                    ServiceType = service,
                    Start = start,
                    End = start.AddHours(faker.PickRandom(2, 3, 4, 6, 8)),
                    Address = $"{faker.Random.Int(1, 200)}, Jalan {faker.Name.LastName()}",
                    Area = faker.PickRandom(Areas),
                    State = "Selangor",
                    RoleRequirements = roles.Select(r => new RoleRequirementInput { Role = r, Count = faker.Random.Int(1, 4) }).ToList(),
                    AssetRequirements = equipment
                        .Select(e => new AssetRequirementInput { AssetType = e.Type, Size = e.Type == "bin" ? faker.PickRandom(BinSizes) : e.Size, Count = e.Type == "bin" ? faker.Random.Int(1, 2) : 1 })
                        .ToList(),
                    PriceLines = [new PriceLineInput { Description = service, Quantity = 1, UnitPrice = price * faker.Random.Int(8, 14) / 10m, TaxRatePercent = 6m }],
                    DepositKind = DepositKind.Percent,
                    DepositValue = faker.PickRandom(0m, 30m, 50m),
                    DepositDueDate = DateOnly.FromDateTime(start.AddDays(-faker.Random.Int(5, 30))),
                    FinalDueDate = DateOnly.FromDateTime(start.AddDays(-1)),
                };
                var created = BusinessCalendar.ToUtc(start.AddDays(-faker.Random.Int(7, 60)), zone);
                var createdAt = created < now ? created : now.AddMinutes(-faker.Random.Int(1, 600));
                var year = TimeZoneInfo.ConvertTime(createdAt, zone).Year;
                // Holds on coming jobs run from today, so the dashboard shows some about to lapse.
                var startsAt = BusinessCalendar.ToUtc(input.Start, zone);
                var hold = startsAt > now ? now.AddHours(faker.Random.Int(6, 120)) : createdAt.AddHours(faker.Random.Int(24, 96));
                var schedule = new BookingSchedule(startsAt, BusinessCalendar.ToUtc(input.End, zone), hold);
                var booking = Booking.Create(numbers.Next(BookingService.NumberPrefix, year), input, schedule, currency, createdAt);
                Advance(booking, faker, now);
                db.Bookings.Add(booking);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using var seriesDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        await numbers.SaveAsync(seriesDb, cancellationToken);
    }

    /// <summary>Past jobs are done (a few cancelled); coming ones confirmed or still on hold.</summary>
    private static void Advance(Booking booking, Faker faker, DateTimeOffset now)
    {
        if (faker.Random.Bool(0.06f))
        {
            booking.Cancel(faker.PickRandom("Client postponed", "Venue changed the date", "Budget cut", "Went with another provider"));
            return;
        }

        if (booking.StartsAt > now && faker.Random.Bool(0.3f))
        {
            return;
        }

        booking.Confirm();
        if (booking.StartsAt <= now)
        {
            booking.Start();
            if (booking.EndsAt <= now)
            {
                booking.Complete();
            }
        }
    }

    private async Task GenerateInquiriesAsync(DemoDataOptions options, Faker faker, int[] customers, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        for (var i = 0; i < options.Inquiries; i++)
        {
            var (service, _, price, _) = faker.PickRandom(Services);
            var wanted = TimeZoneInfo.ConvertTime(now, zone).Date.AddDays(faker.Random.Int(5, 90)).AddHours(faker.Random.Int(9, 20));
            var input = new InquiryInput
            {
                CustomerId = faker.PickRandom(customers),
                Source = faker.PickRandom(InquirySources.Common.ToArray()),
                EventType = service,
                RequestedStart = wanted,
                RequestedEnd = wanted.AddHours(4),
                Area = faker.PickRandom(Areas),
                Notes = faker.Random.Bool(0.4f) ? faker.PickRandom("Asked for a video of past shows.", "Budget is tight.", "Wants two options.", "Repeat client.") : null,
            };
            var inquiry = Inquiry.Create(
                input.CustomerId!.Value,
                input,
                BusinessCalendar.ToUtc(wanted, zone),
                BusinessCalendar.ToUtc(wanted.AddHours(4), zone),
                now.AddHours(-faker.Random.Int(1, 24 * 20)));
            if (faker.Random.Bool(0.5f))
            {
                inquiry.RecordQuote(price * faker.Random.Int(9, 13) / 10m, "MYR");
            }

            if (faker.Random.Bool(0.2f))
            {
                inquiry.MarkLost(faker.PickRandom("Too expensive", "Date not available", "No reply"));
            }

            db.Inquiries.Add(inquiry);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
