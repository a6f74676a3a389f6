using Bogus;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Introducers on some invoiced bookings: wedding planners and returning customers, on 5 % or a fixed
/// amount. Of those already due, most are approved and half of those paid, so every commission state shows.
/// </summary>
internal sealed class CommissionDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    private const string Office = "Demo data";

    private static readonly string[] Planners = ["Puan Salmah (wedding planner)", "Encik Rahman", "Jason Tan Events", "Kak Ros Catering", "DJ Hafiz"];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.Commissions == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 9) };
        var now = clock.GetUtcNow();
        var today = await calendar.TodayAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => db.Invoices.Any(i => i.BookingId == b.Id && i.Status != InvoiceStatus.Voided) && !db.Commissions.Any(c => c.BookingId == b.Id))
            .OrderBy(b => b.Id).Select(b => b.Id).Take(options.Commissions * 5)
            .ToListAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.Id).Take(50).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var numbers = await DemoNumbers.LoadAsync(db, cancellationToken);
        foreach (var booking in faker.PickRandom(bookings, Math.Min(options.Commissions, bookings.Count)).Order())
        {
            var customer = customers.Count > 0 && faker.Random.Bool(0.3f) ? faker.PickRandom(customers) : null;
            var input = new CommissionInput
            {
                IntroducerCustomerId = customer?.Id,
                IntroducerName = customer is null ? faker.PickRandom(Planners) : null,
                Rule = faker.Random.Bool(0.7f) ? CommissionRule.Percent : CommissionRule.Fixed,
            };
            input.Value = input.Rule == CommissionRule.Percent ? 5m : faker.PickRandom(50m, 100m, 150m);
            db.Commissions.Add(Commission.Create(numbers.Next(Commission.NumberPrefix, today.Year), booking, null, input, customer?.Name ?? input.IntroducerName!, Office, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        var due = await CommissionDirectory.Rows(db).Where(r => r.IsDue && r.Commission.PaidOn == null).ToListAsync(cancellationToken);
        foreach (var row in due.Where(_ => faker.Random.Bool(0.7f)))
        {
            var commission = await db.Commissions.SingleAsync(c => c.Id == row.Commission.Id, cancellationToken);
            commission.Approve(commission.Suggested(row.PaidInvoices), CommissionState.Eligible, Office, now);
            if (faker.Random.Bool(0.5f))
            {
                commission.Pay(new CommissionPayment { Method = PaymentMethod.Online, Reference = $"IBG {faker.Random.Number(100000, 999999)}", PaidOn = today }, CommissionState.Approved, Office);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await numbers.SaveAsync(db, cancellationToken);
    }
}
