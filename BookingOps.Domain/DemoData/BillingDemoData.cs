using System.Globalization;
using Bogus;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Invoices, payments and refunds for the demo bookings, made with the billing entities' own methods:
/// deposits invoiced soon after booking and mostly paid, final invoices (deducting the deposit) before
/// the job and mostly paid after it, some late payers (overdue invoices), and refunds on a few
/// cancelled bookings whose deposit was paid.
/// </summary>
internal sealed class BillingDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    private const int BatchSize = 1_000;
    private const string Office = "Demo data";

    private static readonly PaymentMethod[] Methods =
        [PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Cash, PaymentMethod.Cdm, PaymentMethod.EWallet, PaymentMethod.Cheque];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (!options.Billing)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 4) };
        var zone = await calendar.ZoneAsync();
        var currency = await calendar.CurrencyAsync();
        var now = clock.GetUtcNow();
        DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        var today = LocalDate(now);

        DemoNumbers numbers;
        int terms;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            numbers = await DemoNumbers.LoadAsync(db, cancellationToken);
            terms = (await db.BusinessProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.PaymentTermsDays ?? 14;
        }

        var lastId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var bookings = await db.Bookings.AsNoTracking()
                .Where(b => b.Id > lastId && !db.Invoices.Any(i => i.BookingId == b.Id))
                .OrderBy(b => b.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (bookings.Count == 0)
            {
                break;
            }

            lastId = bookings[^1].Id;
            var ledger = new List<(Invoice Invoice, List<(decimal Amount, DateOnly On)> Payments, decimal Refund)>();
            foreach (var booking in bookings)
            {
                var invoiced = booking.Status != BookingStatus.Tentative || faker.Random.Bool(0.3f);
                if (!invoiced || booking.PriceLines.Count == 0)
                {
                    continue;
                }

                var deductions = new List<InvoiceDeduction>();
                if (booking.DepositAmount > 0m)
                {
                    var issuedOn = Min(LocalDate(booking.CreatedAt).AddDays(faker.Random.Int(0, 2)), today);
                    var deposit = Invoice.Create(
                        InvoiceKind.Deposit,
                        booking.CustomerId,
                        booking.Id,
                        new InvoiceInput
                        {
                            Lines = [new PriceLineInput { Description = $"Deposit for {booking.Number}: {booking.ServiceType}, {LocalDate(booking.StartsAt).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}", Quantity = 1, UnitPrice = booking.DepositAmount }],
                            DueDate = booking.DepositDueDate >= issuedOn ? booking.DepositDueDate : null,
                        },
                        [],
                        currency,
                        booking.CreatedAt);
                    deposit.Issue(numbers.Next(Invoice.NumberPrefix, issuedOn.Year), issuedOn, terms);
                    var paid = faker.Random.Bool(booking.Status == BookingStatus.Cancelled ? 0.5f : Settled(issuedOn, today, 0.85f));
                    var payments = paid ? new List<(decimal, DateOnly)> { (deposit.Total, Min(issuedOn.AddDays(faker.Random.Int(0, 7)), today)) } : [];
                    var refund = booking.Status == BookingStatus.Cancelled && paid ? deposit.Total : 0m;
                    ledger.Add((deposit, payments, refund));
                    deductions.Add(new InvoiceDeduction { Number = deposit.Number!, IssuedOn = issuedOn, Amount = deposit.Total });
                }

                // The final invoice goes out about a week before the job, once the job is that close.
                var finalOn = LocalDate(booking.StartsAt).AddDays(-faker.Random.Int(5, 10));
                if (booking.Status == BookingStatus.Cancelled || finalOn > today)
                {
                    continue;
                }

                var final = Invoice.Create(
                    InvoiceKind.Final,
                    booking.CustomerId,
                    booking.Id,
                    new InvoiceInput { Lines = booking.PriceLines.Select(PriceLineInput.From).ToList(), DueDate = booking.FinalDueDate >= finalOn ? booking.FinalDueDate : null },
                    deductions,
                    currency,
                    booking.CreatedAt);
                final.Issue(numbers.Next(Invoice.NumberPrefix, finalOn.Year), finalOn, terms);
                var finalPayments = new List<(decimal, DateOnly)>();
                // Most customers pay after the job; a few are late, and old invoices are almost all settled.
                var settles = booking.Status == BookingStatus.Completed ? faker.Random.Float() : faker.Random.Float() * 0.6f;
                var settledLongAgo = faker.Random.Bool(Settled(finalOn, today, 0f));
                if ((settles > 0.25f || settledLongAgo) && final.Total > 0m)
                {
                    var on = Min(finalOn.AddDays(faker.Random.Int(0, 20)), today);
                    var amount = settles > 0.4f || settledLongAgo ? final.Total : decimal.Round(final.Total / 2, 2);
                    finalPayments.Add((amount, on));
                }

                ledger.Add((final, finalPayments, 0m));
            }

            db.Invoices.AddRange(ledger.Select(l => l.Invoice));
            await db.SaveChangesAsync(cancellationToken);

            // Final invoices point at their deposit by number; now the deposits have ids.
            var byNumber = ledger.ToDictionary(l => l.Invoice.Number!, l => l.Invoice.Id);
            foreach (var (invoice, payments, refundAmount) in ledger)
            {
                foreach (var deduction in invoice.Deductions)
                {
                    deduction.EarlierInvoiceId = byNumber[deduction.Number];
                }

                foreach (var (amount, on) in payments)
                {
                    var method = faker.PickRandom(Methods);
                    db.Payments.Add(new Payment
                    {
                        InvoiceId = invoice.Id,
                        ReceiptNumber = numbers.Next(Payment.ReceiptPrefix, on.Year),
                        Method = method,
                        Amount = amount,
                        ReceivedOn = on,
                        Reference = method switch
                        {
                            PaymentMethod.Cash => null,
                            PaymentMethod.Cheque => $"CHQ {faker.Random.Number(100000, 999999)}",
                            _ => $"TRX{faker.Random.Number(100000, 999999)}",
                        },
                        IdempotencyKey = Guid.NewGuid().ToString("N"),
                        RecordedBy = Office,
                        RecordedAt = now,
                    });
                }

                if (refundAmount > 0m)
                {
                    var refund = Refund.Request(new RefundInput { InvoiceId = invoice.Id, Amount = refundAmount, Reason = "Booking cancelled; deposit returned" }, Office, now);
                    refund.Approve(Office, now);
                    refund.Process(PaymentMethod.Online, $"IBG {faker.Random.Number(100000, 999999)}", now);
                    db.Refunds.Add(refund);
                }

                invoice.Settle(payments.Sum(p => p.Amount), refundAmount);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using var seriesDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        await numbers.SaveAsync(seriesDb, cancellationToken);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The chance an invoice issued on <paramref name="issuedOn"/> has been paid by now: near certain after two months.</summary>
    private static float Settled(DateOnly issuedOn, DateOnly today, float recent) => today.DayNumber - issuedOn.DayNumber > 60 ? 0.99f : recent;
}
