using Bogus;
using BookingOps.Domain.Auditing;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Fills the database with realistic data for a Malaysian service business. Later modules add their
/// own records here, so the showcase and the benchmarks grow with the product.
/// </summary>
public sealed class DemoDataGenerator(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    AuditTrailInterceptor auditTrail,
    BusinessCalendar calendar,
    FileStore files,
    TimeProvider clock)
{
    private const int BatchSize = 2_000;

    private static readonly string[] Areas =
    [
        "Petaling Jaya", "Shah Alam", "Subang Jaya", "Klang", "Cheras", "Kajang", "Puchong", "Cyberjaya",
        "Bangsar", "Mont Kiara", "Setapak", "Ampang", "Seremban", "Ipoh", "Georgetown", "Johor Bahru",
    ];

    private static readonly string[] CompanySuffixes = ["Sdn Bhd", "Enterprise", "Trading", "Events", "Construction Sdn Bhd", "Holdings"];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken = default)
    {
        var wasEnabled = auditTrail.Enabled;
        auditTrail.Enabled = options.Audited;
        try
        {
            await GenerateCustomersAsync(options, cancellationToken);
            await new BookingDemoData(dbFactory, calendar, clock).GenerateAsync(options, cancellationToken);
            await new CrewDemoData(dbFactory, clock).GenerateAsync(options, cancellationToken);
            await new AssetDemoData(dbFactory, calendar, clock).GenerateAsync(options, cancellationToken);
            await new BillingDemoData(dbFactory, calendar, clock).GenerateAsync(options, cancellationToken);
            await new DeliveryOrderDemoData(dbFactory, calendar, files, clock).GenerateAsync(options, cancellationToken);
            await new ExpenseDemoData(dbFactory, calendar, files, clock).GenerateAsync(options, cancellationToken);
            await new PayoutDemoData(dbFactory, calendar, clock).GenerateAsync(options, cancellationToken);
            await new CommissionDemoData(dbFactory, calendar, clock).GenerateAsync(options, cancellationToken);
            await new BudgetDemoData(dbFactory).GenerateAsync(options, cancellationToken);
        }
        finally
        {
            auditTrail.Enabled = wasEnabled;
        }
    }

    private async Task GenerateCustomersAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var faker = new Faker<CustomerInput>("en")
            .UseSeed(options.Seed)
            .RuleFor(c => c.ContactPerson, f => f.Name.FullName())
            .RuleFor(c => c.Name, (f, c) => f.Random.Bool(0.6f) ? $"{f.Company.CompanyName(0)} {f.PickRandom(CompanySuffixes)}" : c.ContactPerson!)
            .RuleFor(c => c.Phone, f => $"+60 1{f.Random.Number(0, 9)}-{f.Random.Number(100, 999)} {f.Random.Number(1000, 9999)}")
            .RuleFor(c => c.Email, (f, c) => f.Random.Bool(0.85f) ? f.Internet.Email(c.ContactPerson!.Split(' ')[0]).ToLowerInvariant() : null)
            .RuleFor(c => c.Address, f => $"{f.Random.Number(1, 250)}, Jalan {f.Name.LastName()} {f.Random.Number(1, 30)}, {f.Random.Number(40000, 69999)} {f.PickRandom(Areas)}")
            .RuleFor(c => c.TaxNumber, f => f.Random.Bool(0.3f) ? $"W10-{f.Random.Number(1000, 9999)}-{f.Random.Number(10000000, 99999999)}" : null)
            .RuleFor(c => c.Notes, f => f.Random.Bool(0.2f) ? f.PickRandom("Prefers WhatsApp.", "Pays by bank transfer.", "Site access via back gate.", "Repeat customer.") : null);
        var random = new Randomizer(options.Seed);

        for (var done = 0; done < options.Customers; done += BatchSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var count = Math.Min(BatchSize, options.Customers - done);
            foreach (var input in faker.Generate(count))
            {
                var customer = new Customer { CreatedAt = now.AddDays(-random.Int(0, 5 * 365)).AddMinutes(-random.Int(0, 24 * 60)) };
                customer.Apply(input);
                db.Customers.Add(customer);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
