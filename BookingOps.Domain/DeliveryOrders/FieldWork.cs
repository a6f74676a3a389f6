using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>An order on the driver's list.</summary>
public sealed record DriverOrderCard(
    int Id, string? Number, DeliveryOrderKind Kind, DateOnly ScheduledOn, string CustomerName, string SiteAddress, string? Area,
    DeliveryOrderStatus Status, FieldStage Stage);

/// <summary>Everything sent from the field for one order, oldest first: what the driver and the office both see.</summary>
public sealed record FieldRecords(
    IReadOnlyList<DeliveryOrderPhoto> Photos,
    IReadOnlyList<FieldReceipt> Receipts,
    IReadOnlyList<LorryTrip> Trips,
    IReadOnlyList<FieldProblem> Problems)
{
    internal static async Task<FieldRecords> LoadAsync(BookingOpsDbContext db, int orderId, CancellationToken cancellationToken) => new(
        await db.DeliveryOrderPhotos.AsNoTracking().Where(p => p.DeliveryOrderId == orderId).OrderBy(p => p.Id).ToListAsync(cancellationToken),
        await db.FieldReceipts.AsNoTracking().Where(r => r.DeliveryOrderId == orderId).OrderBy(r => r.Id).ToListAsync(cancellationToken),
        await db.LorryTrips.AsNoTracking().Where(t => t.DeliveryOrderId == orderId).OrderBy(t => t.DepartedAt).ToListAsync(cancellationToken),
        await db.FieldProblems.AsNoTracking().Where(p => p.DeliveryOrderId == orderId).OrderBy(p => p.Id).ToListAsync(cancellationToken));
}

/// <summary>A stored photo's file and the order it belongs to.</summary>
public sealed record PhotoFile(string Path, int DeliveryOrderId);

/// <summary>
/// The driver's day: their own orders only, each field action one small transaction that is safe to send
/// twice. A step already taken, or a record whose form key was seen before, answers with what was done
/// the first time, so a double tap or a retry over a dropped connection never does anything twice.
/// </summary>
public sealed class FieldWork(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    ICurrentActor actor,
    BusinessCalendar calendar,
    FileStore files,
    InvoiceService invoices,
    DeliveryOrderDirectory orders,
    TimeProvider clock)
{
    private const string NotYours = "This order is not on your list.";

    /// <summary>How far ahead the driver's list looks.</summary>
    public const int DaysAhead = 7;

    /// <summary>The orders a driver may open on their phone: their own, once issued (the search box offers no others).</summary>
    internal static Expression<Func<DeliveryOrder, bool>> OpenableBy(int driverId) =>
        o => o.DriverId == driverId && o.Status != DeliveryOrderStatus.Draft;

    /// <summary>Orders still to do (late ones included, and those of the coming week) and today's finished ones, soonest first.</summary>
    public async Task<IReadOnlyList<DriverOrderCard>> MyOrdersAsync(CancellationToken cancellationToken = default)
    {
        var today = await calendar.TodayAsync();
        var horizon = today.AddDays(DaysAhead);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await MyCrewIdAsync(db, cancellationToken) is not { } me)
        {
            return [];
        }

        return await (
            from o in db.DeliveryOrders.AsNoTracking()
            join c in db.Customers on o.CustomerId equals c.Id
            where o.DriverId == me
                && (((o.Status == DeliveryOrderStatus.Issued || o.Status == DeliveryOrderStatus.Invoiced) && o.Stage != FieldStage.Done && o.ScheduledOn <= horizon)
                    || (o.ScheduledOn == today && o.Status != DeliveryOrderStatus.Draft && o.Status != DeliveryOrderStatus.Cancelled))
            orderby o.ScheduledOn, o.Id
            select new DriverOrderCard(o.Id, o.Number, o.Kind, o.ScheduledOn, c.Name, o.SiteAddress, o.Area, o.Status, o.Stage))
            .Take(100)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The order as the office's page reads it, with what the field sent, or null when it is not this driver's (or not issued yet).</summary>
    public async Task<DeliveryOrderDetail?> MyOrderAsync(int id, CancellationToken cancellationToken = default) =>
        await IsMineAsync(id, cancellationToken) ? await orders.DetailAsync(id, cancellationToken) : null;

    /// <summary>Whether the order is one of this driver's issued orders.</summary>
    public async Task<bool> IsMineAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await MineAsync(db, id, tracked: false, cancellationToken) is not null;
    }

    /// <summary>
    /// Takes the driver's next step. Handing over moves the bin through its cycle (to the customer on a
    /// delivery, back as collected on a collection), recorded against the order. False when it was already taken.
    /// </summary>
    public async Task<bool> AdvanceAsync(int id, FieldStage to, CancellationToken cancellationToken = default)
    {
        var by = (await actor.GetAsync(cancellationToken)).Name;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await MineAsync(db, id, tracked: true, cancellationToken) ?? throw new BusinessRuleException(NotYours);
        var photos = await db.DeliveryOrderPhotos.CountAsync(p => p.DeliveryOrderId == id, cancellationToken);
        var now = clock.GetUtcNow();
        if (!order.Advance(to, photos, now))
        {
            return false;
        }

        if (to == FieldStage.Handover && order.BinId is { } binId)
        {
            await MoveBinAsync(db, order, binId, now, by, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Stores a photo of the job; the same upload key sent again returns the photo stored the first time.</summary>
    public async Task<DeliveryOrderPhoto> AddPhotoAsync(int id, string uploadKey, Stream content, CancellationToken cancellationToken = default)
    {
        var key = Key(uploadKey);
        var by = (await actor.GetAsync(cancellationToken)).Name;
        // Checked before the photo is decoded, so a refused or repeated upload costs no image work;
        // AddOnceAsync checks again inside the saving transaction.
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var order = await MineAsync(db, id, tracked: false, cancellationToken) ?? throw new BusinessRuleException(NotYours);
            EnsureOpen(order);
            if (await EarlierAsync(db.DeliveryOrderPhotos, id, key, cancellationToken) is { } earlier)
            {
                return earlier;
            }
        }

        var upload = await ImageFormats.ReadLimitedAsync(content, FieldPhotos.MaxUploadBytes,
            () => new DomainValidationException(FieldPhotos.Field, $"Keep each photo under {FieldPhotos.MaxUploadBytes / 1024 / 1024} MB."), cancellationToken);
        var processed = FieldPhotos.Process(upload);
        var photo = new DeliveryOrderPhoto
        {
            DeliveryOrderId = id,
            IdempotencyKey = key,
            FileName = $"photo-{Guid.NewGuid():N}.jpg",
            Width = processed.Width,
            Height = processed.Height,
            SizeBytes = processed.Jpeg.Length,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = by,
        };
        Directory.CreateDirectory(files.Directory);
        await File.WriteAllBytesAsync(files.PathOf(photo.FileName), processed.Jpeg, cancellationToken);
        DeliveryOrderPhoto? saved = null;
        try
        {
            saved = await AddOnceAsync(id, key, (_, _) => Task.FromResult(photo), db => db.DeliveryOrderPhotos, cancellationToken);
            return saved;
        }
        finally
        {
            // A copy that lost the race to its first sending, or a refused one, leaves no file behind.
            if (saved != photo)
            {
                File.Delete(files.PathOf(photo.FileName));
            }
        }
    }

    /// <summary>Records money taken on site and gives its receipt number at once, the same number for a repeated form.</summary>
    public async Task<FieldReceipt> RecordCashAsync(int id, CashReceiptInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var key = Key(input.IdempotencyKey);
        var today = await calendar.TodayAsync();
        var by = (await actor.GetAsync(cancellationToken)).Name;
        var receipt = await AddOnceAsync(id, key, async (db, _) => new FieldReceipt
        {
            DeliveryOrderId = id,
            IdempotencyKey = key,
            ReceiptNumber = await DocumentNumbers.NextAsync(db, Payment.ReceiptPrefix, today.Year, cancellationToken),
            Method = input.Method,
            Amount = input.Amount,
            ReceivedOn = today,
            RecordedAt = clock.GetUtcNow(),
            RecordedBy = by,
        }, db => db.FieldReceipts, cancellationToken);

        // Once the order's invoice is out, cash taken on site is that invoice's payment straight away.
        await invoices.ReconcileFieldReceiptsAsync(id, cancellationToken);
        return receipt;
    }

    public async Task<LorryTrip> LogTripAsync(int id, TripInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var key = Key(input.IdempotencyKey);
        var today = await calendar.TodayAsync();
        var by = (await actor.GetAsync(cancellationToken)).Name;
        var departed = await calendar.ToUtcAsync(today.ToDateTime(input.DepartedAt));
        DateTimeOffset? arrived = input.ArrivedAt is { } at ? await calendar.ToUtcAsync(today.ToDateTime(at)) : null;
        return await AddOnceAsync(id, key, (_, order) => Task.FromResult(new LorryTrip
        {
            DeliveryOrderId = id,
            IdempotencyKey = key,
            LorryId = order.LorryId,
            From = input.From.Trim(),
            To = input.To.Trim(),
            DepartedAt = departed,
            ArrivedAt = arrived,
            LoggedBy = by,
        }), db => db.LorryTrips, cancellationToken);
    }

    public async Task<FieldProblem> ReportProblemAsync(int id, ProblemInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var key = Key(input.IdempotencyKey);
        var by = (await actor.GetAsync(cancellationToken)).Name;
        var now = clock.GetUtcNow();
        return await AddOnceAsync(id, key, async (db, order) =>
        {
            // The office hears of it at once, on the order and among the dashboard's notices.
            var note = Text.Clean(input.Note);
            await OfficeNotifications.RaiseOnceAsync(db, [Notification.Of(
                $"field-problem:{key}", NotificationKind.FieldProblem,
                $"{order.Number}: {ProblemInput.Label(input.Kind)}{(note is null ? string.Empty : $", {note}")} ({by})", $"delivery-orders/{id}", now)], cancellationToken);
            return new FieldProblem { DeliveryOrderId = id, IdempotencyKey = key, Kind = input.Kind, Note = note, ReportedAt = now, ReportedBy = by };
        }, db => db.FieldProblems, cancellationToken);
    }

    /// <summary>A photo's file for the office, or for the driver of its order; null for anyone else or a missing file.</summary>
    public async Task<PhotoFile?> PhotoAsync(int orderId, long photoId, bool asOffice, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!asOffice && await MineAsync(db, orderId, tracked: false, cancellationToken) is null)
        {
            return null;
        }

        var fileName = await db.DeliveryOrderPhotos.Where(p => p.Id == photoId && p.DeliveryOrderId == orderId).Select(p => p.FileName).SingleOrDefaultAsync(cancellationToken);
        return fileName is not null && File.Exists(files.PathOf(fileName)) ? new PhotoFile(files.PathOf(fileName), orderId) : null;
    }

    /// <summary>
    /// Adds what <paramref name="create"/> makes to one of the driver's open orders, unless a record with the
    /// same key exists, in which case that one is the answer. Two copies of a request racing each other meet
    /// at the key's unique index: the loser finds the winner's record.
    /// </summary>
    private async Task<T> AddOnceAsync<T>(int id, string key, Func<BookingOpsDbContext, DeliveryOrder, Task<T>> create, Func<BookingOpsDbContext, DbSet<T>> set, CancellationToken cancellationToken)
        where T : class, IFieldRecord
    {
        T record;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = await MineAsync(db, id, tracked: false, cancellationToken) ?? throw new BusinessRuleException(NotYours);
            if (await EarlierAsync(set(db), id, key, cancellationToken) is { } earlier)
            {
                return earlier;
            }

            EnsureOpen(order);
            record = await create(db, order);
            set(db).Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(cancellationToken);
                await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
                return await EarlierAsync(set(again), id, key, cancellationToken) ?? throw new InvalidOperationException("The record could not be saved.");
            }
        }

        return record;
    }

    private static async Task<T?> EarlierAsync<T>(DbSet<T> set, int orderId, string key, CancellationToken cancellationToken)
        where T : class, IFieldRecord
    {
        var earlier = await set.AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken);
        return earlier is null || earlier.DeliveryOrderId == orderId
            ? earlier
            : throw new BusinessRuleException("This form was already used for another order; open the order again.");
    }

    private static void EnsureOpen(DeliveryOrder order)
    {
        if (!order.TakesFieldRecords)
        {
            throw new BusinessRuleException($"This order is {DeliveryOrder.Describe(order.Status)}; nothing more can be added to it from the field.");
        }
    }

    private static string Key(string key) =>
        Text.Clean(key) is { Length: <= 64 } clean ? clean : throw new DomainValidationException("IdempotencyKey", "The form is out of date; open the order again.");

    private static async Task MoveBinAsync(BookingOpsDbContext db, DeliveryOrder order, int binId, DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        var bin = await db.Assets.SingleAsync(a => a.Id == binId, cancellationToken);
        IEnumerable<BinState> path = order.Kind == DeliveryOrderKind.Collection
            ? [BinState.Collected]
            : bin.BinState == BinState.InWarehouse ? [BinState.Assigned, BinState.WithCustomer] : [BinState.WithCustomer];
        foreach (var state in path)
        {
            var movement = bin.Move(state, order.CustomerId, order.BookingId, order.Area, $"{order.Number}", now, by);
            movement.DeliveryOrderId = order.Id;
            db.AssetMovements.Add(movement);
        }
    }

    private async Task<DeliveryOrder?> MineAsync(BookingOpsDbContext db, int id, bool tracked, CancellationToken cancellationToken)
    {
        if (await MyCrewIdAsync(db, cancellationToken) is not { } me)
        {
            return null;
        }

        var orders = tracked ? db.DeliveryOrders : db.DeliveryOrders.AsNoTracking();
        return await orders.Where(OpenableBy(me)).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    private async Task<int?> MyCrewIdAsync(BookingOpsDbContext db, CancellationToken cancellationToken)
    {
        return await db.CrewMemberOfAsync((await actor.GetAsync(cancellationToken)).UserId, cancellationToken);
    }

}
