using Bogus;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// A demo fleet: own lorries with their documents (a few about to lapse, one already lapsed), hired
/// lorries, bins of three sizes somewhere in their cycle with the movements that got them there, and
/// sound and lighting equipment. Bookings' equipment requirements are then filled with free, fitting
/// assets, leaving some places open for the office to fill.
/// </summary>
internal sealed class AssetDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    private const int BatchSize = 2_000;
    private const string ByUser = "Demo data";

    private static readonly string[] PlatePrefixes = ["WXY", "VBC", "BKT", "WQA", "VFK", "BMM", "WTR"];

    private static readonly string[] Equipment = ["Sound system 2 kW", "Sound system 1 kW", "Lighting rig, 12 heads", "Lighting truss set", "Stage platform 8×4 ft", "Generator 10 kVA"];

    private static readonly string[] Areas = ["Petaling Jaya", "Shah Alam", "Subang Jaya", "Klang", "Cheras", "Kajang", "Puchong", "Putrajaya", "Ampang"];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Assets == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 3) };
        var zone = await calendar.ZoneAsync();
        var fleet = await CreateFleetAsync(options.Assets, faker, zone, cancellationToken);
        await AssignAsync(fleet, faker, zone, cancellationToken);
    }

    private async Task<List<(Asset Asset, DateOnly? DocumentsValidUntil)>> CreateFleetAsync(int count, Faker faker, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var codes = (await db.Assets.Select(a => a.Code).ToListAsync(cancellationToken)).ToHashSet();
        var customers = await db.Customers.Where(c => !c.IsArchived).OrderBy(c => c.Id).Select(c => c.Id).Take(2_000).ToArrayAsync(cancellationToken);
        var vehicles = Math.Max(1, count * 8 / 100);
        var hired = Math.Max(1, count * 3 / 100);
        var equipment = Math.Max(2, count * 12 / 100);

        string Unique(Func<string> make)
        {
            var code = make();
            while (!codes.Add(code))
            {
                code = make();
            }

            return code;
        }

        var assets = new List<Asset>();
        for (var i = 0; i < count; i++)
        {
            var input = i switch
            {
                _ when i < vehicles => new AssetInput
                {
                    Kind = AssetKind.Vehicle,
                    Code = Unique(() => $"{faker.PickRandom(PlatePrefixes)} {faker.Random.Number(1000, 9999)}"),
                    Description = faker.PickRandom("Hino roll-off lorry", "Isuzu 5-tonne lorry", "Toyota Hiace van"),
                    CapacityTonnes = faker.PickRandom(1m, 5m, 8m, 10m),
                },
                _ when i < vehicles + hired => new AssetInput
                {
                    Kind = AssetKind.ExternalLorry,
                    Code = Unique(() => $"{faker.PickRandom(PlatePrefixes)} {faker.Random.Number(1000, 9999)}"),
                    Description = $"Hired from {faker.PickRandom("Syarikat Lori Maju", "Angkut Jaya Transport", "KL Haulage")}",
                    CapacityTonnes = 10m,
                },
                _ when i < vehicles + hired + equipment => new AssetInput
                {
                    Kind = AssetKind.Equipment,
                    Code = Unique(() => $"EQ-{faker.Random.Number(1, 99999):D5}"),
                    Description = faker.PickRandom(Equipment),
                },
                _ => new AssetInput
                {
                    Kind = AssetKind.Bin,
                    Code = Unique(() => $"B-{faker.Random.Number(1, 999999):D6}"),
                    Size = faker.PickRandom(BookingDemoData.BinSizes),
                },
            };
            input.Area = faker.PickRandom(Areas);
            input.IsActive = faker.Random.Bool(0.97f);
            assets.Add(Asset.Create(input));
        }

        db.Assets.AddRange(assets);
        await db.SaveChangesAsync(cancellationToken);

        var validUntil = new Dictionary<Asset, DateOnly?>();
        foreach (var (vehicle, index) in assets.Where(a => a.Kind == AssetKind.Vehicle).Select((v, i) => (v, i)))
        {
            // Most documents run for months; about one in ten lapses within the month, a few already have.
            // The first vehicle's road tax is always due soon and the second's insurance has lapsed, so the
            // expiring-documents page and the asset rules have something to show.
            var kinds = faker.Random.Bool(0.5f) ? VehicleDocument.Kinds : VehicleDocument.Kinds.Take(2);
            var expiries = kinds.Select((kind, k) => new VehicleDocument
            {
                AssetId = vehicle.Id,
                Kind = kind,
                ExpiresOn = (index, k) switch
                {
                    (0, 0) => today.AddDays(faker.Random.Int(5, 20)),
                    (1, 1) => today.AddDays(-faker.Random.Int(1, 5)),
                    _ => today.AddDays(faker.Random.Bool(0.1f) ? faker.Random.Int(-5, 30) : faker.Random.Int(31, 365)),
                },
            }).ToList();
            db.VehicleDocuments.AddRange(expiries);
            validUntil[vehicle] = expiries.Min(d => d.ExpiresOn);
        }

        foreach (var bin in assets.Where(a => a.Kind == AssetKind.Bin))
        {
            db.AssetMovements.AddRange(Cycle(bin, faker, customers, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return assets.Select(a => (a, validUntil.GetValueOrDefault(a))).ToList();
    }

    /// <summary>Walks a bin to a likely state through the cycle's own steps, recording each movement.</summary>
    private static IEnumerable<AssetMovement> Cycle(Asset bin, Faker faker, int[] customers, DateTimeOffset now)
    {
        var path = faker.Random.WeightedRandom<BinState[]>(
            [
                [],
                [BinState.Assigned, BinState.WithCustomer, BinState.Collected, BinState.InWarehouse],
                [BinState.Assigned],
                [BinState.Assigned, BinState.WithCustomer],
                [BinState.Assigned, BinState.WithCustomer, BinState.Collected],
                [BinState.Assigned, BinState.WithCustomer, BinState.Collected, BinState.Repair],
            ],
            [0.45f, 0.25f, 0.06f, 0.14f, 0.05f, 0.05f]);
        var customer = customers.Length > 0 ? faker.PickRandom(customers) : (int?)null;
        if (customer is null && path.Contains(BinState.WithCustomer))
        {
            yield break;
        }

        var at = now.AddDays(-faker.Random.Int(10, 60));
        foreach (var step in path)
        {
            at = at.AddDays(faker.Random.Int(1, 4));
            yield return bin.Move(
                step,
                step == BinState.WithCustomer ? customer : null,
                null,
                step == BinState.WithCustomer ? faker.PickRandom(Areas) : null,
                step == BinState.Repair ? faker.PickRandom("Door hinge bent", "Floor rusted through") : null,
                at < now ? at : now,
                ByUser);
        }
    }

    /// <summary>Fills bookings' equipment requirements with fitting assets that pass the asset rules; some places stay open.</summary>
    private async Task AssignAsync(List<(Asset Asset, DateOnly? DocumentsValidUntil)> fleet, Faker faker, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var usable = fleet.Where(f => f.Asset.IsActive && f.Asset.BinState is not (BinState.Repair or BinState.WithCustomer)).ToList();
        var busy = usable.ToDictionary(f => f.Asset.Id, _ => new List<(DateTimeOffset Start, DateTimeOffset End)>());
        var fitting = new Dictionary<(string Type, string? Size), List<(Asset Asset, DateOnly? DocumentsValidUntil)>>();
        var buffer = TimeSpan.FromMinutes(30);
        var lastId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var bookings = await db.Bookings.AsNoTracking()
                .Where(b => b.Id > lastId && b.Status != BookingStatus.Cancelled && !db.AssetAssignments.Any(a => a.BookingId == b.Id))
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
                var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(booking.EndsAt.AddTicks(-1), zone).DateTime);
                foreach (var requirement in booking.AssetRequirements)
                {
                    if (!fitting.TryGetValue((requirement.AssetType, requirement.Size), out var fits))
                    {
                        var match = AssetMatch.For(requirement.AssetType, requirement.Size);
                        fits = usable.Where(f => match.Fits(new AssetTraits(f.Asset.Kind, f.Asset.SizeKey, f.Asset.Description))).ToList();
                        fitting[(requirement.AssetType, requirement.Size)] = fits;
                    }

                    var pool = fits.Where(f => !(f.DocumentsValidUntil < lastDay)).Select(f => f.Asset).ToList();
                    for (var place = 0; place < requirement.Count && pool.Count > 0; place++)
                    {
                        // Some places stay open, so the board has gaps to fill.
                        if (faker.Random.Bool(0.15f))
                        {
                            continue;
                        }

                        var asset = faker.PickRandom(pool);
                        pool.Remove(asset);
                        var windows = busy[asset.Id];
                        if (windows.Any(w => w.Start < booking.EndsAt + buffer && booking.StartsAt < w.End + buffer))
                        {
                            continue;
                        }

                        windows.Add((booking.StartsAt, booking.EndsAt));
                        db.AssetAssignments.Add(AssetAssignment.Create(booking.Id, asset.Id, booking.StartsAt, booking.EndsAt, null, booking.CreatedAt));
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
