using BookingOps.Domain.Common;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One movement of a bin: the business day it happened, the step of the cycle, where and for whom.</summary>
public sealed record BinMovementRow
{
    public long Id { get; init; }

    public int BinId { get; init; }

    public DateTimeOffset At { get; init; }

    public DateOnly Day { get; init; }

    public string Serial { get; init; } = string.Empty;

    public MovementKind Kind { get; init; }

    public BinState From { get; init; }

    public BinState To { get; init; }

    public string? Area { get; init; }

    public string? Customer { get; init; }

    public string By { get; init; } = string.Empty;

    /// <summary>"in the warehouse → assigned", in the words the asset page uses.</summary>
    public string Change => $"{BinTransitions.Describe(From)} → {BinTransitions.Describe(To)}";
}

/// <summary>
/// Bin in/out history: every movement of a bin (out, in, transfer, repair) in the range of business days, newest
/// first, for all bins or the one whose serial is asked. Movements run to hundreds of thousands over the years,
/// so the database filters, orders and pages them; the business day of each is read in the business's zone.
/// </summary>
public sealed class BinMovementHistory(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<BinMovementRow>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "bin-movements", "Bin in/out history", "Assets", ReportAudience.Office, ReportFilters.Range | ReportFilters.Serial,
        "Every bin movement in the range (out, in, transfer, repair), newest first; give a serial for one bin's history.",
        nameof(Asset), nameof(AssetMovement));

    private static readonly ReportColumn<BinMovementRow>[] Columns =
    [
        ReportColumn<BinMovementRow>.Day("when", "When", r => r.Day),
        ReportColumn<BinMovementRow>.Text("serial", "Serial", r => r.Serial, 14, sortable: true),
        ReportColumn<BinMovementRow>.Text("movement", "Movement", r => r.Kind.ToString(), 12),
        ReportColumn<BinMovementRow>.Text("change", "From → To", r => r.Change, 34),
        ReportColumn<BinMovementRow>.Text("area", "Area", r => r.Area, 18, sortable: true),
        ReportColumn<BinMovementRow>.Text("customer", "Customer", r => r.Customer, 28, sortable: true),
        ReportColumn<BinMovementRow>.Text("by", "By", r => r.By, 20),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<BinMovementRow>> TypedColumns => Columns;

    /// <summary>A movement belongs to the business day it happened on: the range runs from its first day's midnight to the midnight after its last.</summary>
    protected override async Task<IQueryable<BinMovementRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken)
    {
        var zone = await Calendar.ZoneAsync();
        DateTimeOffset StartOf(DateOnly day) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        var (start, end) = (StartOf(filter.Period.From), StartOf(filter.Period.To.AddDays(1)));
        var bins = db.Assets.Where(a => a.Kind == AssetKind.Bin);
        if (filter.Serial is { } serial)
        {
            bins = bins.Where(a => a.Code == serial);
        }

        var rows =
            from movement in db.AssetMovements
            where movement.At >= start && movement.At < end
            join bin in bins on movement.AssetId equals bin.Id
            join customer in db.Customers on movement.CustomerId equals (int?)customer.Id into customers
            from customer in customers.DefaultIfEmpty()
            select new BinMovementRow
            {
                Id = movement.Id,
                BinId = bin.Id,
                At = movement.At,
                Day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(movement.At, zone).DateTime),
                Serial = bin.Code,
                Kind = movement.Kind,
                From = movement.FromState,
                To = movement.ToState,
                Area = movement.Area,
                Customer = customer != null ? customer.Name : null,
                By = movement.ByUser,
            };
        return rows.OrderByDescending(r => r.At).ThenByDescending(r => r.Id);
    }

    protected override Task<BinMovementRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<BinMovementRow?>(null);

    protected override string? LinkOf(BinMovementRow row) => $"assets/{row.BinId}";
}
