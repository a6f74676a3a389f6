using BookingOps.Domain.Common;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>
/// Vehicle document expiry: the road tax, insurance and permits of active vehicles that lapse by the range's last
/// day, and every one that already has, soonest first, with the expiring-soon rule the documents page uses. The
/// selection is the fleet's own (<see cref="AssetDirectory.ExpiringByAsync"/>); a fleet's documents are a few hundred at most.
/// </summary>
public sealed class VehicleDocumentExpiry(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor, AssetDirectory fleet)
    : FoldedReport<ExpiringDocument>(dbFactory, calendar, actor)
{
    private static readonly ReportInfo About = new(
        "document-expiry", "Vehicle document expiry", "Assets", ReportAudience.Office, ReportFilters.Range,
        "Road tax, insurance and permits expiring by the end of the range, and every one already expired, soonest first.",
        nameof(Asset), nameof(VehicleDocument));

    private static readonly ReportColumn<ExpiringDocument>[] Columns =
    [
        ReportColumn<ExpiringDocument>.Text("vehicle", "Vehicle", d => d.Code, 16, sortable: true),
        ReportColumn<ExpiringDocument>.Text("document", "Document", d => d.Kind, 14, sortable: true),
        ReportColumn<ExpiringDocument>.Day("expires", "Expires on", d => d.ExpiresOn, sortable: true),
        ReportColumn<ExpiringDocument>.Count("days", "Days left", d => d.DaysLeft, sortable: true),
        ReportColumn<ExpiringDocument>.Text("status", "Status", d => d.Status, 16),
    ];

    public override ReportInfo Info => About;

    public override IReadOnlyList<ReportColumn<ExpiringDocument>> TypedColumns => Columns;

    protected override async Task<IReadOnlyList<ExpiringDocument>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        await fleet.ExpiringByAsync(await Calendar.TodayAsync(), filter.Period.To, cancellationToken);

    protected override string? LinkOf(ExpiringDocument row) => $"assets/{row.AssetId}";
}
