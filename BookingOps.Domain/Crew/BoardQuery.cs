using BookingOps.Domain.Bookings;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Crew;

/// <summary>
/// The assignment board: active crew (or assets) against a run of days, with their jobs, and the bookings
/// in those days that still miss people or equipment. A handful of queries whatever the size, each on an index range.
/// </summary>
public sealed class BoardQuery(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    public const int MaxDays = 31;

    public async Task<Board> GetAsync(DateOnly firstDay, int days, string? role = null, CancellationToken cancellationToken = default)
    {
        var (from, to, dayList, Local) = await SpanAsync(firstDay, days);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var wanted = role?.Trim().ToLowerInvariant();
        var crewQuery = db.CrewMembers.AsNoTracking().Where(c => c.IsActive);
        if (!string.IsNullOrEmpty(wanted))
        {
            crewQuery = crewQuery.Where(c => c.Roles.Contains(wanted));
        }

        var crew = await crewQuery.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Roles }).ToListAsync(cancellationToken);
        var earliestStart = from - await CrewAvailability.LongestAssignmentAsync(db, cancellationToken);
        var jobs = await db.CrewAssignments.AsNoTracking()
            .Where(a => a.StartsAt > earliestStart && a.StartsAt < to && a.EndsAt > from && a.Status != AssignmentStatus.Declined)
            .Join(db.Bookings.Where(b => b.Status != BookingStatus.Cancelled), a => a.BookingId, b => b.Id,
                (a, b) => new { a.CrewMemberId, b.Id, b.Number, a.Role, a.StartsAt, a.EndsAt, a.Status, a.OverrideReason })
            .ToListAsync(cancellationToken);
        var orders = await DeliveriesAsync(db, dayList, cancellationToken);
        var cells = jobs
            .Select(j => (Id: j.CrewMemberId, Cell: new BoardCell(BookingLink(j.Id), j.Number, j.Role, Local(j.StartsAt), Local(j.EndsAt), j.Status, j.OverrideReason)))
            .Concat(orders.Where(o => o.DriverId is not null).Select(o => (Id: o.DriverId!.Value, o.Cell)))
            .ToLookup(j => j.Id, j => j.Cell);
        var rows = crew.Select(c => new BoardRow(c.Id, c.Name, c.Roles, ByDay(cells[c.Id], dayList))).ToList();
        return new Board(dayList, rows, await UnfilledAsync(db, from, to, Local, equipment: false, cancellationToken));
    }

    /// <summary>The same board with vehicles, bins and equipment as rows.</summary>
    public async Task<Board> GetAssetsAsync(DateOnly firstDay, int days, AssetKind? kind = null, CancellationToken cancellationToken = default)
    {
        var (from, to, dayList, Local) = await SpanAsync(firstDay, days);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assetQuery = db.Assets.AsNoTracking().Where(a => a.IsActive);
        if (kind is { } only)
        {
            assetQuery = assetQuery.Where(a => a.Kind == only);
        }

        var assets = await assetQuery.OrderBy(a => a.Kind).ThenBy(a => a.Code)
            .Select(a => new { a.Id, a.Code, a.Kind, a.Size }).ToListAsync(cancellationToken);
        var earliestStart = from - await AssetAvailability.LongestAssignmentAsync(db, cancellationToken);
        var jobs = await db.AssetAssignments.AsNoTracking()
            .Where(a => a.StartsAt > earliestStart && a.StartsAt < to && a.EndsAt > from)
            .Join(db.Bookings.Where(b => b.Status != BookingStatus.Cancelled), a => a.BookingId, b => b.Id,
                (a, b) => new { a.AssetId, b.Id, b.Number, b.ServiceType, a.StartsAt, a.EndsAt, a.OverrideReason })
            .ToListAsync(cancellationToken);
        var orders = await DeliveriesAsync(db, dayList, cancellationToken);
        var cells = jobs
            .Select(j => (Id: j.AssetId, Cell: new BoardCell(BookingLink(j.Id), j.Number, j.ServiceType, Local(j.StartsAt), Local(j.EndsAt), AssignmentStatus.Accepted, j.OverrideReason)))
            .Concat(orders.Where(o => o.LorryId is not null).Select(o => (Id: o.LorryId!.Value, o.Cell)))
            .Concat(orders.Where(o => o.BinId is not null).Select(o => (Id: o.BinId!.Value, o.Cell)))
            .ToLookup(j => j.Id, j => j.Cell);
        var rows = assets
            .Select(a => new BoardRow(a.Id, a.Code, a.Size is null ? [AssetKindNames.Label(a.Kind)] : [AssetKindNames.Label(a.Kind), a.Size], ByDay(cells[a.Id], dayList)))
            .ToList();
        return new Board(dayList, rows, await UnfilledAsync(db, from, to, Local, equipment: true, cancellationToken));
    }

    private static string BookingLink(int bookingId) => $"bookings/{bookingId}";

    /// <summary>Issued delivery orders in the span, each a whole-day job of its driver, lorry and bin, labelled with the driver's last step.</summary>
    private static async Task<List<(int? DriverId, int? LorryId, int? BinId, BoardCell Cell)>> DeliveriesAsync(
        BookingOpsDbContext db, IReadOnlyList<DateOnly> days, CancellationToken cancellationToken)
    {
        var (first, last) = (days[0], days[^1]);
        var orders = await db.DeliveryOrders.AsNoTracking()
            .Where(o => o.ScheduledOn >= first && o.ScheduledOn <= last && o.Number != null && o.Status != DeliveryOrderStatus.Cancelled)
            .Select(o => new { o.Id, o.Number, o.ScheduledOn, o.Status, o.Stage, o.Kind, o.DriverId, o.LorryId, o.BinId, o.OverrideReason })
            .ToListAsync(cancellationToken);
        return orders.Select(o => (o.DriverId, o.LorryId, o.BinId, new BoardCell(
                $"delivery-orders/{o.Id}",
                o.Number!,
                DeliveryOrder.FieldProgress(o.Status, o.Stage, o.Kind),
                o.ScheduledOn.ToDateTime(TimeOnly.MinValue),
                o.ScheduledOn.AddDays(1).ToDateTime(TimeOnly.MinValue),
                o.Stage == FieldStage.Done ? AssignmentStatus.Completed : AssignmentStatus.Accepted,
                o.OverrideReason,
                AllDay: true)))
            .ToList();
    }

    /// <summary>The board's days in the business time zone, their UTC bounds, and how to read an instant in that zone.</summary>
    private async Task<(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<DateOnly> Days, Func<DateTimeOffset, DateTime> Local)> SpanAsync(DateOnly firstDay, int days)
    {
        days = Math.Clamp(days, 1, MaxDays);
        var zone = await calendar.ZoneAsync();
        return (
            BusinessCalendar.ToUtc(firstDay.ToDateTime(TimeOnly.MinValue), zone),
            BusinessCalendar.ToUtc(firstDay.AddDays(days).ToDateTime(TimeOnly.MinValue), zone),
            Enumerable.Range(0, days).Select(firstDay.AddDays).ToList(),
            instant => TimeZoneInfo.ConvertTime(instant, zone).DateTime);
    }

    private static Dictionary<DateOnly, IReadOnlyList<BoardCell>> ByDay(IEnumerable<BoardCell> cells, IReadOnlyList<DateOnly> days) =>
        days.ToDictionary(
            day => day,
            day => (IReadOnlyList<BoardCell>)cells
                .Where(c => DateOnly.FromDateTime(c.Start) <= day && DateOnly.FromDateTime(c.End.AddTicks(-1)) >= day)
                .OrderBy(c => c.Start)
                .ToList());

    /// <summary>Open bookings in the span that miss people (or, for the asset board, equipment), by day.</summary>
    private static async Task<IReadOnlyList<UnfilledBooking>> UnfilledAsync(
        BookingOpsDbContext db, DateTimeOffset from, DateTimeOffset to, Func<DateTimeOffset, DateTime> local, bool equipment, CancellationToken cancellationToken)
    {
        var open = BookingDirectory.Overlapping(db.Bookings.AsNoTracking(), from, to)
            .Where(b => b.Status == BookingStatus.Tentative || b.Status == BookingStatus.Confirmed || b.Status == BookingStatus.InProgress);
        var bookings = await open.ToListAsync(cancellationToken);

        // Subqueries, not lists of ids: SQLite then reads the assignments through their booking index.
        var openIds = open.Select(b => b.Id);
        var unfilled = new List<UnfilledBooking>();
        if (equipment)
        {
            var assets = (await db.AssetAssignments.AsNoTracking().Where(a => openIds.Contains(a.BookingId))
                    .Join(db.Assets, a => a.AssetId, x => x.Id, (a, x) => new { a.BookingId, x.Kind, x.SizeKey, x.Description })
                    .ToListAsync(cancellationToken))
                .ToLookup(a => a.BookingId, a => new AssetTraits(a.Kind, a.SizeKey, a.Description));
            unfilled.AddRange(bookings.Select(b => new UnfilledBooking(
                b.Id, b.Number, DateOnly.FromDateTime(local(b.StartsAt)), [], EquipmentNeeds.Gaps(b.AssetRequirements, assets[b.Id]).Where(g => g.Missing > 0).ToList())));
        }
        else
        {
            var assigned = await db.CrewAssignments.AsNoTracking()
                .Where(a => openIds.Contains(a.BookingId) && a.Status != AssignmentStatus.Declined)
                .GroupBy(a => new { a.BookingId, a.Role })
                .Select(g => new { g.Key.BookingId, g.Key.Role, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var counts = assigned.ToDictionary(a => (a.BookingId, a.Role), a => a.Count);
            unfilled.AddRange(bookings.Select(b => new UnfilledBooking(
                b.Id,
                b.Number,
                DateOnly.FromDateTime(local(b.StartsAt)),
                b.RoleRequirements
                    .GroupBy(r => r.Role.Trim().ToLowerInvariant())
                    .Select(g => new StaffingGap(g.Key, g.Sum(r => r.Count), counts.GetValueOrDefault((b.Id, g.Key))))
                    .Where(g => g.Missing > 0)
                    .ToList(),
                [])));
        }

        return unfilled
            .Where(u => u.People.Count > 0 || u.Equipment.Count > 0)
            .OrderBy(u => u.Day).ThenBy(u => u.BookingNumber, StringComparer.Ordinal)
            .ToList();
    }
}
