using Bogus;
using System.Linq.Expressions;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Budgets as an office keeps them: the Admin's templates for the main kinds of work, and budgets on a share of the
/// bookings, sized from the crew booked on them (before anyone is, from the template or the seats the work needs) with
/// room for travel and meals. Most sit well within their allocations; in some the crew fees are nearly used up and in a
/// few they are over, so the dashboard and the booking page have warnings to show. Completed bookings keep budgets in
/// the same share, as set then.
/// </summary>
internal sealed class BudgetDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    private const int BatchSize = 2_000;

    /// <summary>Crew fees at RM 120–350 a person (the crew's default rates run 80–400) for the seats such work usually has.</summary>
    private static readonly (string Name, string ServiceType, decimal CrewFees, (string Category, decimal Amount)[] Expenses)[] Templates =
    [
        ("Wedding dance show, 4 dancers and a driver", "Wedding dance show", (4 * 200m) + 150m, [("Travel", 120m), ("Meals", 100m)]),
        ("Corporate dinner, 3 dancers and an emcee", "Corporate dinner performance", (3 * 220m) + 350m, [("Travel", 100m), ("Meals", 150m)]),
        ("Lion dance, 4 performers and 2 drummers", "Lion dance", 6 * 180m, [("Travel", 150m), ("Meals", 90m)]),
        ("Stage and sound, 2 technicians and 2 helpers", "Stage and sound setup", (2 * 300m) + (2 * 120m), [("Travel", 100m), ("Materials", 150m), ("Parking and tolls", 40m)]),
    ];

    /// <summary>What a seat is reckoned at before anyone is booked for it, within the crew's default rates (RM 80–400).</summary>
    private const decimal SeatFee = 200m;

    /// <summary>What a booking without a template allows each person it needs for getting there.</summary>
    private const decimal TravelPerPerson = 30m;

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Budgets == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 10) };
        await using var read = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await read.ExpenseCategories.AsNoTracking()
            .Where(c => c.Kind == ExpenseKind.Crew && c.IsActive)
            .ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        var templates = await TemplatesAsync(read, categories, cancellationToken);
        var crewCategories = categories.Values.ToList();

        var open = await UnbudgetedAsync(read, b => b.Status == BookingStatus.Tentative || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InProgress, cancellationToken);
        var completed = await UnbudgetedAsync(read, b => b.Status == BookingStatus.Completed, cancellationToken);
        var share = open.Count == 0 ? 0d : Math.Min(1d, (double)options.Budgets / open.Count);
        var chosen = faker.PickRandom(open, Math.Min(options.Budgets, open.Count))
            .Concat(faker.PickRandom(completed, (int)Math.Round(completed.Count * share)))
            .OrderBy(b => b.Id)
            .ToList();

        foreach (var chunk in chosen.Chunk(BatchSize))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var ids = chunk.Select(b => b.Id).ToList();
            var crew = (await db.CrewAssignments.AsNoTracking()
                    .Where(a => ids.Contains(a.BookingId) && a.Status != AssignmentStatus.Declined)
                    .GroupBy(a => new { a.BookingId, a.Status })
                    .Select(g => new { g.Key.BookingId, g.Key.Status, Fees = g.Sum(a => a.Fee) })
                    .ToListAsync(cancellationToken))
                .ToLookup(a => a.BookingId);
            var spent = (await db.Expenses.AsNoTracking()
                    .Where(e => e.BookingId != null && ids.Contains(e.BookingId.Value) && crewCategories.Contains(e.CategoryId)
                        && (e.Status == ExpenseStatus.Submitted || e.Status == ExpenseStatus.Approved))
                    .GroupBy(e => new { BookingId = e.BookingId!.Value, e.CategoryId })
                    .Select(g => new { g.Key.BookingId, g.Key.CategoryId, Amount = g.Sum(e => e.Amount) })
                    .ToListAsync(cancellationToken))
                .ToLookup(e => e.BookingId);

            foreach (var booking in chunk)
            {
                var jobs = crew[booking.Id].ToList();
                var booked = new CrewBooked(
                    jobs.Sum(j => j.Fees),
                    jobs.Where(j => j.Status != AssignmentStatus.Offered).Sum(j => j.Fees));
                var input = new BudgetInput
                {
                    Lines = Size(faker, templates.GetValueOrDefault(booking.ServiceType), booking.Seats, booked, spent[booking.Id].ToDictionary(s => s.CategoryId, s => s.Amount), categories),
                };
                if (input.Lines.Count == 0)
                {
                    continue;
                }

                InputValidation.EnsureValid(input);
                db.Budgets.Add(Budget.Create(booking.Id, input.ToLines()));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// One booking's allocations. Crew fees cover everyone offered the job with room to spare (at most 78 % used);
    /// but of the bookings with crew on them, in three in twenty the crew came dearer than planned (103–120 % used)
    /// and in four they nearly fill it (83–97 %). Each expense head allows the template's amount or comfortably more
    /// than is already claimed.
    /// </summary>
    private static List<BudgetLineInput> Size(Faker faker, BudgetTemplate? template, int seats, CrewBooked crew, Dictionary<int, decimal> spent, Dictionary<string, int> categories)
    {
        var lines = new List<BudgetLineInput>();
        var planned = crew.Fees > 0m ? crew.Fees : template?.Lines.Where(l => l.CategoryId is null).Sum(l => l.Allocated) ?? SeatFee * seats;
        if (planned > 0m)
        {
            var roll = faker.Random.Int(0, 19);
            var fees = crew.Used == 0m || roll >= 7 ? RoundUpToTen(Math.Max(planned, crew.Used / faker.Random.Decimal(0.55m, 0.78m)) * faker.Random.Decimal(1m, 1.15m))
                : roll < 3 ? Math.Floor(crew.Used / faker.Random.Decimal(1.03m, 1.2m))
                : Math.Ceiling(crew.Used / faker.Random.Decimal(0.83m, 0.97m));
            lines.Add(new BudgetLineInput { Allocated = fees });
        }

        var allowances = template?.Lines.Where(l => l.CategoryId is not null).ToDictionary(l => l.CategoryId!.Value, l => l.Allocated)
            ?? (seats > 0 && categories.TryGetValue("Travel", out var travel) ? new Dictionary<int, decimal> { [travel] = TravelPerPerson * seats } : []);
        foreach (var category in allowances.Keys.Union(spent.Keys).Order())
        {
            var allowed = Math.Max(allowances.GetValueOrDefault(category), spent.GetValueOrDefault(category) / faker.Random.Decimal(0.45m, 0.78m));
            lines.Add(new BudgetLineInput { CategoryId = category, Allocated = RoundUpToTen(allowed) });
        }

        return lines;
    }

    /// <summary>The demo templates not yet made, then every active template by the service type it suits.</summary>
    private static async Task<Dictionary<string, BudgetTemplate>> TemplatesAsync(BookingOpsDbContext db, Dictionary<string, int> categories, CancellationToken cancellationToken)
    {
        var names = await db.BudgetTemplates.Select(t => t.Name).ToListAsync(cancellationToken);
        foreach (var (name, serviceType, crewFees, expenses) in Templates.Where(t => !names.Contains(t.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var input = new BudgetTemplateInput
            {
                Name = name,
                ServiceType = serviceType,
                Lines =
                [
                    new BudgetLineInput { Allocated = crewFees },
                    .. expenses.Where(e => categories.ContainsKey(e.Category)).Select(e => new BudgetLineInput { CategoryId = categories[e.Category], Allocated = e.Amount }),
                ],
            };
            InputValidation.EnsureValid(input);
            db.BudgetTemplates.Add(BudgetTemplate.Create(input));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await db.BudgetTemplates.AsNoTracking().Where(t => t.IsActive && t.ServiceType != null).OrderBy(t => t.Id).ToListAsync(cancellationToken))
            .DistinctBy(t => t.ServiceType)
            .ToDictionary(t => t.ServiceType!, StringComparer.Ordinal);
    }

    private static async Task<List<Candidate>> UnbudgetedAsync(BookingOpsDbContext db, Expression<Func<Booking, bool>> status, CancellationToken cancellationToken) =>
        (await db.Bookings.AsNoTracking().Where(status)
            .Where(b => !db.Budgets.Any(budget => budget.BookingId == b.Id))
            .OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.ServiceType, b.RoleRequirements })
            .ToListAsync(cancellationToken))
        .Select(b => new Candidate(b.Id, b.ServiceType, b.RoleRequirements.Sum(r => r.Count)))
        .ToList();

    private static decimal RoundUpToTen(decimal amount) => Math.Ceiling(amount / 10m) * 10m;

    /// <summary>A booking that has no budget yet, and how many people its work needs.</summary>
    private sealed record Candidate(int Id, string ServiceType, int Seats);

    /// <summary>A booking's crew: the fees of everyone offered the job or on it, and of those who accepted or finished.</summary>
    private sealed record CrewBooked(decimal Fees, decimal Used);
}
