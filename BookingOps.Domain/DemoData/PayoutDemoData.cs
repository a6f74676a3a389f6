using Bogus;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Crew paid as a small business pays them: once a month, early in the next month, one payout per person
/// for the jobs they finished and the expenses approved. This month's are still owed, so the payouts page has something to pay.
/// </summary>
internal sealed class PayoutDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    private const int BatchSize = 2_000;
    private const string Office = "Demo data";

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (!options.Payouts)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 6) };
        var zone = await calendar.ZoneAsync();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);

        await using var read = await dbFactory.CreateDbContextAsync(cancellationToken);
        var numbers = await DemoNumbers.LoadAsync(read, cancellationToken);
        var jobs = await PayoutDirectory.OwedJobs(read, now).AsNoTracking().Select(a => new { a.Id, a.CrewMemberId, a.EndsAt, a.Fee }).ToListAsync(cancellationToken);
        var expenses = await PayoutDirectory.OwedExpenses(read).AsNoTracking().Select(e => new { e.Id, CrewMemberId = e.CrewMemberId!.Value, e.SpentOn, e.Amount }).ToListAsync(cancellationToken);
        var owed = jobs
            .Select(j => new Owed(new OwedKey(OwedKind.Job, j.Id), j.CrewMemberId, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(j.EndsAt, zone).DateTime), j.Fee))
            .Concat(expenses.Select(e => new Owed(new OwedKey(OwedKind.Expense, e.Id), e.CrewMemberId, e.SpentOn, e.Amount)));
        var months = owed
            .Where(o => Month(o.Day) < thisMonth)
            .GroupBy(o => (Month: Month(o.Day), o.CrewMemberId))
            .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.CrewMemberId)
            .ToList();

        foreach (var chunk in months.Chunk(BatchSize))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var person in chunk)
            {
                var paidOn = person.Key.Month.AddMonths(1).AddDays(faker.Random.Int(2, 6));
                var input = new PayoutInput { Method = PaymentMethod.Online, Reference = $"IBG {faker.Random.Number(100000, 999999)}", PaidOn = paidOn < today ? paidOn : today };
                var lines = person.OrderBy(o => o.Day)
                    .Select(o => o.Key.Kind == OwedKind.Job ? new PayoutLine { CrewAssignmentId = o.Key.Id, Amount = o.Amount } : new PayoutLine { ExpenseId = o.Key.Id, Amount = o.Amount })
                    .ToList();
                db.Payouts.Add(Payout.Create(numbers.Next(Payout.NumberPrefix, input.PaidOn.Year), person.Key.CrewMemberId, Guid.NewGuid(), lines, input, Office, now));
            }

            await db.SaveChangesAsync(cancellationToken);
            var paid = chunk.SelectMany(p => p).Select(o => o.Key).ToList();
            var paidJobs = paid.Where(k => k.Kind == OwedKind.Job).Select(k => k.Id).ToList();
            var paidExpenses = paid.Where(k => k.Kind == OwedKind.Expense).Select(k => k.Id).ToList();
            await db.CrewAssignments.Where(a => paidJobs.Contains(a.Id)).ExecuteUpdateAsync(a => a.SetProperty(x => x.IsPaid, true), cancellationToken);
            await db.Expenses.Where(e => paidExpenses.Contains(e.Id)).ExecuteUpdateAsync(e => e.SetProperty(x => x.IsPaid, true), cancellationToken);
        }

        await numbers.SaveAsync(read, cancellationToken);
    }

    private static DateOnly Month(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>A job's fee or an approved expense, owed from the day it was done or spent.</summary>
    private sealed record Owed(OwedKey Key, int CrewMemberId, DateOnly Day, decimal Amount);
}
