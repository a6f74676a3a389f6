using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Fleet;

/// <summary>
/// Assets that fit one of a booking's equipment requirements and would pass every asset rule
/// (<see cref="AssetConflicts"/>) for its window: in service, not in repair, not with another customer,
/// every vehicle document valid to the last day, free within the buffer. Best fits first: in the job's
/// area, then fewest hours booked in the week around the job, then by code. One query; each asset's
/// clashes and week are read through its own index range.
/// </summary>
public sealed class AssetFinder(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, BusinessSettingsService settings)
{
    public const int MaxResults = 50;

    public async Task<IReadOnlyList<AvailableAsset>> AvailableAsync(int bookingId, string assetType, string? size, CancellationToken cancellationToken = default)
    {
        var buffer = await settings.JobBufferAsync(cancellationToken);
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null || string.IsNullOrWhiteSpace(assetType))
        {
            return [];
        }

        var match = AssetMatch.For(assetType, size);
        var (from, to) = (booking.StartsAt - buffer, booking.EndsAt + buffer);
        var longest = await AssetAvailability.LongestAssignmentAsync(db, cancellationToken);
        var earliestStart = from - longest;
        var (weekFrom, weekTo) = (booking.StartsAt.AddDays(-3.5), booking.StartsAt.AddDays(3.5));
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(booking.EndsAt.AddTicks(-1), zone).DateTime);

        var assets = db.Assets.AsNoTracking().Where(a => a.IsActive && match.Kinds.Contains(a.Kind));
        if (match.SizeKey is { } sizeKey)
        {
            assets = assets.Where(a => a.SizeKey == sizeKey);
        }

        if (match.Term is { } term)
        {
            assets = assets.Where(a => a.Description != null && EF.Functions.Like(a.Description, LikePattern.Containing(term), LikePattern.Escape));
        }

        var found = await assets
            .Where(a => a.BinState == null || a.BinState != BinState.Repair)
            .Where(a => a.BinState != BinState.WithCustomer || a.WithCustomerId == null || a.WithCustomerId == booking.CustomerId)
            .Where(a => !db.VehicleDocuments.Any(d => d.AssetId == a.Id && d.ExpiresOn < lastDay))
            .Where(a => !db.AssetAssignments.Any(x => x.AssetId == a.Id && x.BookingId == bookingId))
            .Where(a => !db.AssetAssignments.Any(x => x.AssetId == a.Id
                && x.StartsAt > earliestStart && x.StartsAt < to && x.EndsAt > from
                && db.Bookings.Any(b => b.Id == x.BookingId && b.Status != BookingStatus.Cancelled)))
            .Select(a => new
            {
                a.Id,
                a.Code,
                a.Kind,
                a.Size,
                a.Area,
                SameArea = booking.Area != null && a.Area == booking.Area,
                MinutesThatWeek = db.AssetAssignments
                    .Where(x => x.AssetId == a.Id && x.StartsAt > weekFrom - longest && x.StartsAt < weekTo && x.EndsAt > weekFrom)
                    .Sum(x => x.DurationMinutes),
            })
            .OrderByDescending(a => a.SameArea).ThenBy(a => a.MinutesThatWeek).ThenBy(a => a.Code)
            .Take(MaxResults)
            .ToListAsync(cancellationToken);
        return found.Select(a => new AvailableAsset(a.Id, a.Code, a.Kind, a.Size, a.Area, a.SameArea, a.MinutesThatWeek / 60d)).ToList();
    }
}
