using Bogus;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Expenses as a small business has them: seven in ten are crew members' (petrol, parking, meals,
/// materials on their jobs), mostly approved once past, a few rejected, the last week's still waiting;
/// the rest is the business's overhead (fuel, maintenance, salaries, rent), spread over the months.
/// Numbered in order of their day, as in real use. Some crew expenses come with a photo of their printed
/// receipt (amount, shop and day as printed), as a crew member's phone would send it.
/// </summary>
internal sealed class ExpenseDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, FileStore files, TimeProvider clock)
{
    private const int BatchSize = 2_000;
    private const string Office = "Demo data";

    /// <summary>Enough receipts to open a few; each photo takes a moment to make, so a large dataset gets no more.</summary>
    private const int ReceiptPhotos = 24;

    private static readonly Dictionary<string, (string[] Descriptions, string[] Vendors, int Min, int Max)> Spending = new(StringComparer.Ordinal)
    {
        ["Travel"] = (["Petrol to the venue", "Grab to the site", "Toll and petrol"], ["Petron Jalan Klang", "Shell Damansara", "Petronas Kajang", "Grab"], 15, 120),
        ["Meals"] = (["Lunch on the job", "Dinner after the show", "Drinks for the crew"], ["Restoran Nasi Kandar Pelita", "Mamak Corner", "Old Town White Coffee"], 8, 60),
        ["Materials"] = (["Cable ties and tape", "Batteries for the mics", "Extension cord"], ["MR DIY", "Kedai Elektrik Ah Seng", "99 Speedmart"], 10, 150),
        ["Parking and tolls"] = (["Parking at the hall", "Touch 'n Go reload"], ["Dewan car park", "PLUS Highway"], 3, 40),
        ["Other"] = (["Dry cleaning of the costume", "Phone top-up"], ["Dobi Express", "Hotlink"], 5, 50),
        ["Fuel"] = (["Diesel for the lorry", "Fuel for the van"], ["Petronas Shah Alam", "Shell Klang"], 150, 900),
        ["Maintenance"] = (["Lorry service", "Tyre replacement", "Sound system repair"], ["Bengkel Jaya Motor", "Tyre Pro Klang", "Audio Fix PJ"], 200, 2_500),
        ["Salary"] = (["Office assistant salary", "Part-time admin salary"], ["Payroll"], 1_800, 3_500),
        ["Rent"] = (["Yard and office rent"], ["Tuan Haji Properties"], 2_500, 4_000),
    };

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Expenses == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 8) };
        var zone = await calendar.ZoneAsync();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        await using var read = await dbFactory.CreateDbContextAsync(cancellationToken);
        var categories = await read.ExpenseCategories.AsNoTracking().Where(c => c.IsActive).ToListAsync(cancellationToken);
        var crewCategories = categories.Where(c => c.Kind == ExpenseKind.Crew && Spending.ContainsKey(c.Name)).ToArray();
        var overheadCategories = categories.Where(c => c.Kind == ExpenseKind.Overhead && Spending.ContainsKey(c.Name)).ToArray();
        var horizon = BusinessCalendar.ToUtc(today.AddDays(7).ToDateTime(TimeOnly.MinValue), zone);
        var start = BusinessCalendar.ToUtc(today.AddMonths(-options.PastMonths).ToDateTime(TimeOnly.MinValue), zone);
        var jobs = await read.CrewAssignments.AsNoTracking()
            .Where(a => (a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed) && a.StartsAt >= start && a.StartsAt < horizon)
            .Join(read.CrewMembers, a => a.CrewMemberId, c => c.Id, (a, c) => new { a.BookingId, a.CrewMemberId, c.Name, a.StartsAt })
            .ToListAsync(cancellationToken);
        var numbers = await DemoNumbers.LoadAsync(read, cancellationToken);
        if (crewCategories.Length == 0 || overheadCategories.Length == 0)
        {
            return;
        }

        var planned = Enumerable.Range(0, options.Expenses)
            .Select(_ =>
            {
                var job = jobs.Count > 0 && faker.Random.Bool(0.7f) ? jobs[faker.Random.Int(0, jobs.Count - 1)] : null;
                var day = job is null
                    ? today.AddDays(-faker.Random.Int(0, options.PastMonths * 30))
                    : DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(job.StartsAt, zone).DateTime);
                return (Job: job, Day: day < today ? day : today);
            })
            .OrderBy(p => p.Day)
            .ToList();

        var photosLeft = ReceiptPhotos;
        Directory.CreateDirectory(files.Directory);
        foreach (var chunk in planned.Chunk(BatchSize))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var (job, day) in chunk)
            {
                var category = faker.PickRandom(job is null ? overheadCategories : crewCategories);
                var (descriptions, vendors, min, max) = Spending[category.Name];
                var amount = decimal.Round(faker.Random.Decimal(min, max), 2);
                var vendor = faker.PickRandom(vendors);
                var receipt = job is not null && photosLeft > 0 && faker.Random.Bool(0.2f)
                    ? ReceiptSamples.Generate(options.Seed + photosLeft--, 1, printedOn: day).Single()
                    : null;
                if (receipt is not null)
                {
                    category = crewCategories.FirstOrDefault(c => c.Name == CategoryOf(receipt.Trade)) ?? category;
                    descriptions = Spending[category.Name].Descriptions;
                    (amount, vendor) = (receipt.Total, receipt.Vendor);
                }

                var input = new ExpenseInput
                {
                    Kind = category.Kind,
                    CategoryId = category.Id,
                    SpentOn = day,
                    Amount = amount,
                    Tax = faker.Random.Bool(0.3f) ? decimal.Round(amount * 6m / 106m, 2) : 0m,
                    Vendor = vendor,
                    Description = faker.PickRandom(descriptions),
                    CrewMemberId = job?.CrewMemberId,
                    BookingId = job?.BookingId,
                };
                var expense = Expense.Create(numbers.Next(Expense.NumberPrefix, day.Year), input, job?.Name ?? Office, now);
                if (receipt is not null)
                {
                    var stored = ReceiptFiles.Prepare(receipt.Photo);
                    var fileName = $"receipt-{Guid.NewGuid():N}{stored.Extension}";
                    await File.WriteAllBytesAsync(files.PathOf(fileName), stored.Content, cancellationToken);
                    expense.AttachReceipt(fileName, stored.ContentType);
                }
                if (job is not null && day < today.AddDays(-7))
                {
                    var outcome = faker.Random.Int(0, 19);
                    if (outcome == 0)
                    {
                        expense.Reject("The receipt does not show the amount.");
                    }
                    else if (outcome > 2)
                    {
                        expense.Approve(Office, now);
                    }
                }

                db.Expenses.Add(expense);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await numbers.SaveAsync(read, cancellationToken);
    }

    private static string CategoryOf(ReceiptTrade trade) => trade switch
    {
        ReceiptTrade.Fuel => "Travel",
        ReceiptTrade.Restaurant => "Meals",
        _ => "Materials",
    };
}
