using Bogus;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Delivery orders in every state, made with the order's own steps: drafts and issued orders ahead, today's
/// orders part-way through the driver's steps, and past orders done, invoiced (with the driver's cash paid
/// onto the invoice), closed or cancelled. Finished orders carry photos (a few small generated images that
/// the records share), a trip and sometimes a problem; a few bins stay on site past their agreed days.
/// Orders are numbered in order of their day, as in real use.
/// </summary>
internal sealed class DeliveryOrderDemoData(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, FileStore files, TimeProvider clock)
{
    private const int BatchSize = 2_000;
    private const string Office = "Demo data";
    private const int PhotoPool = 6;

    private static readonly WorkItemInput[] Catalogue =
    [
        new() { Name = "Construction waste", Unit = "trip", DefaultPrice = 350m },
        new() { Name = "Garden waste", Unit = "trip", DefaultPrice = 250m },
        new() { Name = "Disposal fee", Unit = "tonne", DefaultPrice = 80m },
        new() { Name = "Skip hire", Unit = "week", DefaultPrice = 200m },
        new() { Name = "Extra day on site", Unit = "day", DefaultPrice = 30m },
    ];

    private static readonly string[] Areas = ["Petaling Jaya", "Shah Alam", "Subang Jaya", "Klang", "Cheras", "Kajang", "Puchong", "Putrajaya", "Ampang"];

    public async Task GenerateAsync(DemoDataOptions options, CancellationToken cancellationToken)
    {
        if (options.DeliveryOrders == 0)
        {
            return;
        }

        var faker = new Faker("en") { Random = new Randomizer(options.Seed + 5) };
        var zone = await calendar.ZoneAsync();
        var currency = await calendar.CurrencyAsync();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);

        await using var setup = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await setup.WorkItems.AnyAsync(cancellationToken))
        {
            setup.WorkItems.AddRange(Catalogue.Select(WorkItem.Create));
            await setup.SaveChangesAsync(cancellationToken);
        }

        var drivers = await setup.CrewMembers.Where(c => c.IsActive && c.Roles.Contains(CrewRoles.Driver)).Select(c => c.Id).ToArrayAsync(cancellationToken);
        var lorries = await setup.Assets.Where(a => a.IsActive && (a.Kind == AssetKind.Vehicle || a.Kind == AssetKind.ExternalLorry)).Select(a => a.Id).ToArrayAsync(cancellationToken);
        var bins = await setup.Assets.Where(a => a.IsActive && a.Kind == AssetKind.Bin)
            .Select(a => new { a.Id, a.Size, a.BinState, Moved = setup.AssetMovements.Any(m => m.AssetId == a.Id) })
            .ToListAsync(cancellationToken);
        var customers = await setup.Customers.Where(c => !c.IsArchived).OrderBy(c => c.Id).Select(c => c.Id).Take(2_000).ToArrayAsync(cancellationToken);
        var taxRate = (await setup.BusinessProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.TaxRatePercent ?? 0m;
        var numbers = await DemoNumbers.LoadAsync(setup, cancellationToken);
        if (drivers.Length == 0 || customers.Length == 0 || bins.Count == 0)
        {
            return;
        }

        var photos = await PhotoFilesAsync(cancellationToken);

        // Bins that stay at a site past their days: delivered by orders a little over a week ago, taken from the yard (never-moved ones, so their history stays in order).
        var leftOnSite = new Queue<int>(bins.Where(b => b.BinState == BinState.InWarehouse && !b.Moved).Select(b => b.Id).Take(Math.Max(3, options.DeliveryOrders / 1_000)));
        var days = Enumerable.Range(0, options.DeliveryOrders)
            .Select(_ => today.AddDays(faker.Random.Bool(0.8f) ? -faker.Random.Int(0, options.PastMonths * 30) : faker.Random.Int(1, Math.Max(1, options.FutureMonths * 30))))
            .Order()
            .ToList();

        for (var done = 0; done < days.Count; done += BatchSize)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var batch = new List<(DeliveryOrder Order, DateOnly Day, int? StayingBin)>();
            foreach (var day in days.Skip(done).Take(BatchSize))
            {
                var bin = faker.PickRandom(bins);
                var staying = day < today.AddDays(-8) && day > today.AddDays(-20) && leftOnSite.Count > 0 ? leftOnSite.Dequeue() : (int?)null;
                var items = faker.PickRandom(Catalogue, faker.Random.Int(1, 2)).ToList();
                var input = new DeliveryOrderInput
                {
                    CustomerId = faker.PickRandom(customers),
                    Kind = staying is null && faker.Random.Bool(0.35f) ? DeliveryOrderKind.Collection : DeliveryOrderKind.Delivery,
                    ScheduledOn = day,
                    SiteAddress = $"Lot {faker.Random.Number(1, 400)}, Jalan {faker.Name.LastName()} {faker.Random.Number(1, 30)}",
                    Area = faker.PickRandom(Areas),
                    DriverId = faker.PickRandom(drivers),
                    LorryId = lorries.Length > 0 ? faker.PickRandom(lorries) : null,
                    BinId = staying ?? bin.Id,
                    BinSize = bin.Size,
                    PaymentMethod = faker.Random.Bool(0.6f) ? PaymentMethod.Cash : PaymentMethod.Online,
                    RentalDays = 7,
                    WeightKg = faker.Random.Bool(0.5f) ? faker.Random.Int(300, 4000) : null,
                    Lines = items.Select(i => new DeliveryOrderLineInput { Description = i.Name, Unit = i.Unit, Quantity = faker.Random.Int(1, 3), UnitPrice = i.DefaultPrice }).ToList(),
                };
                input.PaymentAmount = input.Lines.Sum(l => l.Quantity * l.UnitPrice);
                var order = DeliveryOrder.Create(input, currency, BusinessCalendar.ToUtc(day.AddDays(-faker.Random.Int(1, 10)).ToDateTime(new TimeOnly(9, 0)), zone));
                Progress(order, day, today, staying is not null, faker, numbers, zone);
                db.DeliveryOrders.Add(order);
                batch.Add((order, day, staying));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (order, day, staying) in batch)
            {
                AddFieldRecords(db, order, day, staying, faker, photos, numbers, zone);
            }

            await db.SaveChangesAsync(cancellationToken);
            await InvoiceAsync(db, batch.Select(b => b.Order).Where(o => o.Status is DeliveryOrderStatus.Invoiced or DeliveryOrderStatus.Closed).ToList(), numbers, taxRate, currency, faker, cancellationToken);
        }

        await using var seriesDb = await dbFactory.CreateDbContextAsync(cancellationToken);
        await numbers.SaveAsync(seriesDb, cancellationToken);
    }

    /// <summary>Takes an order through the steps its day allows: ahead mostly issued, today part-way, past mostly finished.</summary>
    private static void Progress(DeliveryOrder order, DateOnly day, DateOnly today, bool staysOnSite, Faker faker, DemoNumbers numbers, TimeZoneInfo zone)
    {
        if (day > today && faker.Random.Bool(0.3f))
        {
            return;
        }

        if (day < today && faker.Random.Bool(0.06f))
        {
            order.Cancel(faker.PickRandom("Customer postponed the works", "Site not ready", "Booked another contractor"));
            return;
        }

        var issuedOn = day.AddDays(-1) < today ? day.AddDays(-1) : today;
        order.Issue(numbers.Next(DeliveryOrder.NumberPrefix, issuedOn.Year), issuedOn);
        var stage = day > today ? FieldStage.NotStarted
            : day == today ? faker.PickRandom<FieldStage>()
            : staysOnSite || day < today.AddDays(-7) || faker.Random.Bool(0.9f) ? FieldStage.Done : FieldStage.OnSite;
        var at = BusinessCalendar.ToUtc(day.ToDateTime(new TimeOnly(8, 0)), zone);
        for (var step = FieldStage.HeadingThere; step <= stage; step++)
        {
            at = at.AddMinutes(faker.Random.Int(10, 50));
            order.Advance(step, DeliveryOrder.PhotosToComplete, at);
        }

        // Orders of the last two months may still wait for their invoice or its payment; older ones are settled and closed.
        if (order.Status == DeliveryOrderStatus.PendingInvoice && day < today.AddDays(-3) && !staysOnSite)
        {
            var settled = day < today.AddDays(-60) ? 0f : faker.Random.Float();
            if (settled < 0.8f)
            {
                order.MarkInvoiced();
                if (settled < 0.6f)
                {
                    order.Close();
                }
            }
        }
    }

    private static void AddFieldRecords(
        BookingOpsDbContext db, DeliveryOrder order, DateOnly day, int? stayingBin, Faker faker, string[] photos, DemoNumbers numbers, TimeZoneInfo zone)
    {
        if (order.Stage == FieldStage.NotStarted)
        {
            return;
        }

        var at = BusinessCalendar.ToUtc(day.ToDateTime(new TimeOnly(8, 0)), zone);
        var key = $"demo-{order.Id}";
        db.LorryTrips.Add(new LorryTrip
        {
            DeliveryOrderId = order.Id,
            IdempotencyKey = $"{key}-trip",
            LorryId = order.LorryId,
            From = "Yard",
            To = order.SiteAddress,
            DepartedAt = at,
            ArrivedAt = order.Stage >= FieldStage.OnSite ? at.AddMinutes(faker.Random.Int(15, 70)) : null,
            LoggedBy = Office,
        });
        if (faker.Random.Bool(0.05f))
        {
            db.FieldProblems.Add(new FieldProblem
            {
                DeliveryOrderId = order.Id,
                IdempotencyKey = $"{key}-problem",
                Kind = faker.PickRandom<ProblemKind>(),
                Note = faker.PickRandom("Gate locked, waited 20 minutes", "Car parked on the spot", "Customer asked to come back after lunch"),
                ReportedAt = at.AddMinutes(40),
                ReportedBy = Office,
            });
        }

        if (order.Stage < FieldStage.Done)
        {
            return;
        }

        var photoCount = faker.Random.Int(DeliveryOrder.PhotosToComplete, 5);
        for (var i = 0; i < photoCount; i++)
        {
            db.DeliveryOrderPhotos.Add(new DeliveryOrderPhoto
            {
                DeliveryOrderId = order.Id,
                IdempotencyKey = $"{key}-photo-{i}",
                FileName = faker.PickRandom(photos),
                Width = 480,
                Height = 360,
                SizeBytes = 20_000,
                UploadedAt = at.AddMinutes(60 + i),
                UploadedBy = Office,
            });
        }

        if (order.PaymentMethod == PaymentMethod.Cash)
        {
            db.FieldReceipts.Add(new FieldReceipt
            {
                DeliveryOrderId = order.Id,
                IdempotencyKey = $"{key}-cash",
                ReceiptNumber = numbers.Next(Payment.ReceiptPrefix, day.Year),
                Method = PaymentMethod.Cash,
                Amount = order.Total,
                ReceivedOn = day,
                RecordedAt = at.AddMinutes(70),
                RecordedBy = Office,
            });
        }

        if (stayingBin is { } binId && db.Assets.Find(binId) is { } bin)
        {
            foreach (var state in new[] { BinState.Assigned, BinState.WithCustomer })
            {
                var movement = bin.Move(state, order.CustomerId, null, order.Area, order.Number, at.AddMinutes(45), Office);
                movement.DeliveryOrderId = order.Id;
                db.AssetMovements.Add(movement);
            }

            db.Entry(bin).State = EntityState.Modified;
        }
    }

    /// <summary>Invoices finished orders the way the office does: the order's lines at the tax rate, the driver's cash paid onto it, closed ones paid in full.</summary>
    private static async Task InvoiceAsync(
        BookingOpsDbContext db, List<DeliveryOrder> orders, DemoNumbers numbers, decimal taxRate, string currency, Faker faker, CancellationToken cancellationToken)
    {
        // Settling invoices and linking receipts change tracked records: the batch's bulk inserts are done, so let EF see changes again.
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var ids = orders.Select(o => o.Id).ToList();
        var receipts = await db.FieldReceipts.Where(r => ids.Contains(r.DeliveryOrderId)).ToDictionaryAsync(r => r.DeliveryOrderId, cancellationToken);
        var invoices = new List<(DeliveryOrder Order, Invoice Invoice)>();
        foreach (var order in orders)
        {
            var input = InvoiceInput.ForDeliveryOrder(order, taxRate);
            var invoice = Invoice.ForDeliveryOrder(order.CustomerId, order.Id, input, currency, order.CreatedAt);
            var issuedOn = order.ScheduledOn.AddDays(1);
            invoice.Issue(numbers.Next(Invoice.NumberPrefix, issuedOn.Year), issuedOn, 14);
            invoices.Add((order, invoice));
        }

        db.Invoices.AddRange(invoices.Select(i => i.Invoice));
        await db.SaveChangesAsync(cancellationToken);
        var paidOnto = new List<(FieldReceipt Receipt, Payment Payment)>();
        foreach (var (order, invoice) in invoices)
        {
            var paid = 0m;
            if (receipts.TryGetValue(order.Id, out var receipt))
            {
                var payment = FieldReceiptReconciliation.PaymentOf(invoice, receipt);
                db.Payments.Add(payment);
                paidOnto.Add((receipt, payment));
                paid = receipt.Amount;
            }

            if (order.Status == DeliveryOrderStatus.Closed && invoice.Total > paid)
            {
                var rest = invoice.Total - paid;
                db.Payments.Add(new Payment
                {
                    InvoiceId = invoice.Id,
                    ReceiptNumber = numbers.Next(Payment.ReceiptPrefix, invoice.IssuedOn!.Value.Year),
                    Method = faker.PickRandom(PaymentMethod.Online, PaymentMethod.Cdm),
                    Amount = rest,
                    ReceivedOn = invoice.IssuedOn.Value.AddDays(faker.Random.Int(0, 10)),
                    IdempotencyKey = $"demo-{order.Id}-rest",
                    RecordedBy = Office,
                    RecordedAt = invoice.CreatedAt,
                });
                paid += rest;
            }

            invoice.Settle(paid, 0m);
        }

        await db.SaveChangesAsync(cancellationToken);
        paidOnto.ForEach(p => p.Receipt.PaymentId = p.Payment.Id);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A handful of small site photos, drawn once and shared by the demo records (they are records, not evidence).</summary>
    private async Task<string[]> PhotoFilesAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(files.Directory);
        SKColor[] colours = [new(0x8d, 0x6e, 0x63), new(0x55, 0x8b, 0x2f), new(0x45, 0x5a, 0x64), new(0xa1, 0x88, 0x7f), new(0x79, 0x55, 0x48), new(0x61, 0x61, 0x61)];
        var names = new string[PhotoPool];
        for (var i = 0; i < PhotoPool; i++)
        {
            names[i] = $"photo-demo-{i + 1}.jpg";
            using var bitmap = new SKBitmap(480, 360);
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(colours[i]);
                using var bin = new SKPaint { Color = new SKColor(0xf5, 0x9e, 0x0b) };
                canvas.DrawRect(120, 150, 240, 130, bin);
                using var ground = new SKPaint { Color = new SKColor(0x37, 0x41, 0x51) };
                canvas.DrawRect(0, 280, 480, 80, ground);
            }

            using var image = SKImage.FromBitmap(bitmap);
            using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 70);
            await File.WriteAllBytesAsync(files.PathOf(names[i]), jpeg.ToArray(), cancellationToken);
        }

        return names;
    }
}
