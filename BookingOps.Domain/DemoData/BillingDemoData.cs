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
/// cancelled bookings whose deposit was paid. Everything is planned first and then numbered in order of
/// issue date, so invoice numbers rise with time as they do in real use.
/// </summary>
internal sealed class BillingDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock)
{
    private const int BatchSize = 2_000;
    private const string Office = "Demo data";

    private static readonly PaymentMethod[] Methods =
        [PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Online, PaymentMethod.Cash, PaymentMethod.Cdm, PaymentMethod.EWallet, PaymentMethod.Cheque];

    /// <summary>One invoice to make: whose, which, when, and how much of it gets paid (0, ½ or all) on which day.</summary>
    private sealed record Plan(Booking Booking, InvoiceKind Kind, DateOnly IssuedOn, decimal PaidShare, DateOnly PaidOn, bool Refunded);

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

        DemoNumbers numbers;
        int terms;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            numbers = await DemoNumbers.LoadAsync(db, cancellationToken);
            terms = (await db.BusinessProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.PaymentTermsDays ?? 14;
        }

        var plans = (await PlanAsync(faker, LocalDate, LocalDate(now), cancellationToken))
            .OrderBy(p => p.IssuedOn).ThenBy(p => p.Booking.Id).ThenBy(p => p.Kind)
            .ToList();
        var deposits = new Dictionary<int, Invoice>();
        for (var done = 0; done < plans.Count; done += BatchSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = plans.Skip(done).Take(BatchSize).Select(plan => (Plan: plan, Invoice: Create(plan, deposits, numbers, currency, terms, LocalDate))).ToList();
            db.Invoices.AddRange(batch.Select(b => b.Invoice));
            await db.SaveChangesAsync(cancellationToken);

            foreach (var (plan, invoice) in batch)
            {
                foreach (var deduction in invoice.Deductions)
                {
                    deduction.EarlierInvoiceId = deposits[plan.Booking.Id].Id;
                }

                var paid = plan.PaidShare == 1m ? invoice.Total : decimal.Round(invoice.Total * plan.PaidShare, 2);
                if (paid > 0m)
                {
                    db.Payments.Add(Payment(invoice, paid, plan.PaidOn, faker, numbers, now));
                }

                var refunded = plan.Refunded && paid > 0m ? paid : 0m;
                if (refunded > 0m)
                {
                    var refund = Refund.Request(new RefundInput { InvoiceId = invoice.Id, Amount = refunded, Reason = "Booking cancelled; deposit returned" }, Office, now);
                    refund.Approve(Office, now);
                    refund.Process(PaymentMethod.Online, $"IBG {faker.Random.Number(100000, 999999)}", now);
                    db.Refunds.Add(refund);
                }

                invoice.Settle(paid, refunded);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using var seriesDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        await numbers.SaveAsync(seriesDb, cancellationToken);
    }

    /// <summary>What each booking not yet invoiced gets: a deposit invoice, a final invoice once the job is near, and who pays when.</summary>
    private async Task<List<Plan>> PlanAsync(Faker faker, Func<DateTimeOffset, DateOnly> localDate, DateOnly today, CancellationToken cancellationToken)
    {
        var plans = new List<Plan>();
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
                return plans;
            }

            lastId = bookings[^1].Id;
            foreach (var booking in bookings.Where(b => b.PriceLines.Count > 0 && (b.Status != BookingStatus.Tentative || faker.Random.Bool(0.3f))))
            {
                var cancelled = booking.Status == BookingStatus.Cancelled;
                var issuedOn = Min(localDate(booking.CreatedAt).AddDays(faker.Random.Int(0, 2)), today);
                if (booking.DepositAmount > 0m)
                {
                    // A payment whose day has not come yet has not been made; old invoices are almost all settled.
                    var paidOn = issuedOn.AddDays(faker.Random.Int(0, 7));
                    var paid = paidOn <= today && faker.Random.Bool(cancelled ? 0.5f : Settled(issuedOn, today, 0.85f));
                    plans.Add(new Plan(booking, InvoiceKind.Deposit, issuedOn, paid ? 1m : 0m, paidOn, cancelled));
                }

                // The final invoice goes out about a week before the job, once the job is that close;
                // most customers pay after the job, a few late or in part.
                var finalOn = Max(localDate(booking.StartsAt).AddDays(-faker.Random.Int(5, 10)), issuedOn);
                if (cancelled || finalOn > today)
                {
                    continue;
                }

                var settles = booking.Status == BookingStatus.Completed ? faker.Random.Float() : faker.Random.Float() * 0.6f;
                var longAgo = faker.Random.Bool(Settled(finalOn, today, 0f));
                var finalPaidOn = finalOn.AddDays(faker.Random.Int(0, 20));
                var share = finalPaidOn > today ? 0m : longAgo || settles > 0.4f ? 1m : settles > 0.25f ? 0.5m : 0m;
                plans.Add(new Plan(booking, InvoiceKind.Final, finalOn, share, finalPaidOn, false));
            }
        }
    }

    private static Invoice Create(
        Plan plan, Dictionary<int, Invoice> deposits, DemoNumbers numbers, string currency, int terms, Func<DateTimeOffset, DateOnly> localDate)
    {
        var booking = plan.Booking;
        Invoice invoice;
        if (plan.Kind == InvoiceKind.Deposit)
        {
            var line = new PriceLineInput
            {
                Description = $"Deposit for {booking.Number}: {booking.ServiceType}, {localDate(booking.StartsAt).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
                Quantity = 1,
                UnitPrice = booking.DepositAmount,
            };
            invoice = Invoice.Create(
                InvoiceKind.Deposit, booking.CustomerId, booking.Id, new InvoiceInput { Lines = [line], DueDate = Due(booking.DepositDueDate, plan.IssuedOn) }, [], currency, booking.CreatedAt);
            deposits[booking.Id] = invoice;
        }
        else
        {
            var deposit = deposits.GetValueOrDefault(booking.Id);
            InvoiceDeduction[] deductions = deposit is null ? [] : [new InvoiceDeduction { Number = deposit.Number!, IssuedOn = deposit.IssuedOn!.Value, Amount = deposit.Total }];
            invoice = Invoice.Create(
                InvoiceKind.Final,
                booking.CustomerId,
                booking.Id,
                new InvoiceInput { Lines = booking.PriceLines.Select(PriceLineInput.From).ToList(), DueDate = Due(booking.FinalDueDate, plan.IssuedOn) },
                deductions,
                currency,
                booking.CreatedAt);
        }

        invoice.Issue(numbers.Next(Invoice.NumberPrefix, plan.IssuedOn.Year), plan.IssuedOn, terms);
        return invoice;
    }

    private static Payment Payment(Invoice invoice, decimal amount, DateOnly on, Faker faker, DemoNumbers numbers, DateTimeOffset now)
    {
        var method = faker.PickRandom(Methods);
        return new Payment
        {
            InvoiceId = invoice.Id,
            ReceiptNumber = numbers.Next(Billing.Payment.ReceiptPrefix, on.Year),
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
        };
    }

    /// <summary>The booking's due date, unless it had already passed when the invoice went out (then the payment terms apply).</summary>
    private static DateOnly? Due(DateOnly? due, DateOnly issuedOn) => due >= issuedOn ? due : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The chance an invoice issued on <paramref name="issuedOn"/> has been paid by now: near certain after two months.</summary>
    private static float Settled(DateOnly issuedOn, DateOnly today, float recent) => today.DayNumber - issuedOn.DayNumber > 60 ? 0.99f : recent;
}
