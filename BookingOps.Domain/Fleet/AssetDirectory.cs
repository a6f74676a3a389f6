using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Fleet;

public sealed class AssetDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<PagedResult<Asset>> ListAsync(AssetKind? kind, string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var assets = db.Assets.AsNoTracking();
        if (kind is { } only)
        {
            assets = assets.Where(a => a.Kind == only);
        }

        if (Text.Clean(search) is { } term)
        {
            var code = term.ToUpperInvariant();
            assets = assets.Where(a => a.Code.StartsWith(code) || (a.Description != null && a.Description.Contains(term)));
        }

        var total = await assets.CountAsync(cancellationToken);
        var items = await assets.OrderBy(a => a.Kind).ThenBy(a => a.Code).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        return new PagedResult<Asset>(items, total);
    }

    public async Task<Asset?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>The assets on a booking, with any override reason.</summary>
    public async Task<IReadOnlyList<(int AssignmentId, Asset Asset, string? OverrideReason)>> ForBookingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.AssetAssignments.AsNoTracking().Where(a => a.BookingId == bookingId)
            .Join(db.Assets, a => a.AssetId, x => x.Id, (a, x) => new { a.Id, Asset = x, a.OverrideReason })
            .OrderBy(r => r.Asset.Code)
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Id, r.Asset, r.OverrideReason)).ToList();
    }

    public async Task<Asset?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var key = code.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Assets.AsNoTracking().SingleOrDefaultAsync(a => a.Code == key, cancellationToken);
    }

    /// <summary>The booking's equipment requirements against the assets on it.</summary>
    public async Task<IReadOnlyList<EquipmentGap>> EquipmentAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken);
        if (booking is null)
        {
            return [];
        }

        var assigned = await db.AssetAssignments.Where(a => a.BookingId == bookingId)
            .Join(db.Assets, a => a.AssetId, x => x.Id, (a, x) => new AssetTraits(x.Kind, x.SizeKey, x.Description))
            .ToListAsync(cancellationToken);
        return EquipmentNeeds.Gaps(booking.AssetRequirements, assigned);
    }

    /// <summary>A bin's history of movements, newest first.</summary>
    public async Task<IReadOnlyList<AssetMovement>> MovementsAsync(int assetId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AssetMovements.AsNoTracking().Where(m => m.AssetId == assetId)
            .OrderByDescending(m => m.At).ThenByDescending(m => m.Id).Take(200).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<VehicleDocument>> DocumentsAsync(int assetId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.VehicleDocuments.AsNoTracking().Where(d => d.AssetId == assetId).OrderBy(d => d.Kind).ToListAsync(cancellationToken);
    }

    /// <summary>Vehicle documents that lapse within <paramref name="days"/> of <paramref name="today"/>, or already have; soonest first.</summary>
    public Task<IReadOnlyList<ExpiringDocument>> ExpiringAsync(DateOnly today, int days, CancellationToken cancellationToken = default) =>
        ExpiringByAsync(today, today.AddDays(Math.Clamp(days, 0, 366)), cancellationToken);

    /// <summary>
    /// Documents of active vehicles that lapse by <paramref name="horizon"/> (a day of any range), or already have,
    /// as of <paramref name="today"/>; soonest first. A fleet carries a few documents a vehicle, so 500 is ample.
    /// </summary>
    public async Task<IReadOnlyList<ExpiringDocument>> ExpiringByAsync(DateOnly today, DateOnly horizon, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.VehicleDocuments.AsNoTracking()
            .Where(d => d.ExpiresOn <= horizon || d.ExpiresOn < today)
            .Join(db.Assets.Where(a => a.IsActive), d => d.AssetId, a => a.Id, (d, a) => new { a.Id, a.Code, d.Kind, d.ExpiresOn })
            .OrderBy(d => d.ExpiresOn)
            .ThenBy(d => d.Code)
            .ThenBy(d => d.Kind)
            .Take(500)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ExpiringDocument(r.Id, r.Code, r.Kind, r.ExpiresOn, r.ExpiresOn.DayNumber - today.DayNumber)).ToList();
    }
}
