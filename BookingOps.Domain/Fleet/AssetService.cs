using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Fleet;

public sealed class AssetService(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, TimeProvider clock)
{
    private const string ConflictMessage = "Someone else changed this asset meanwhile. Nothing was saved: reload and try again.";

    public async Task<int> CreateAsync(AssetInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureCodeFreeAsync(db, input.Code, assetId: 0, cancellationToken);
        var asset = Asset.Create(input);
        db.Assets.Add(asset);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return asset.Id;
    }

    public async Task UpdateAsync(int id, AssetInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var asset = await LoadAsync(db, id, cancellationToken);
        await EnsureCodeFreeAsync(db, input.Code, id, cancellationToken);
        asset.Apply(input);
        await db.SaveVersionedAsync(asset, input.Version, ConflictMessage, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Moves a bin one step of its cycle; the movement is saved with the new state or not at all.</summary>
    public async Task MoveBinAsync(int id, long version, BinState to, int? customerId, int? bookingId, string? area, string? notes, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var asset = await LoadAsync(db, id, cancellationToken);
        var movement = asset.Move(to, customerId, bookingId, area, notes, clock.GetUtcNow(), (await actor.GetAsync(cancellationToken)).Name);
        db.AssetMovements.Add(movement);
        await db.SaveVersionedAsync(asset, version, ConflictMessage, cancellationToken);
    }

    public async Task SetDocumentAsync(int assetId, string kind, DateOnly expiresOn, CancellationToken cancellationToken = default)
    {
        if (!VehicleDocument.Kinds.Contains(kind))
        {
            throw new DomainValidationException("Kind", "Choose road tax, insurance or permit.");
        }

        if (!SaneDateAttribute.IsSane(expiresOn))
        {
            throw new DomainValidationException("ExpiresOn", SaneDateAttribute.Message);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var asset = await LoadAsync(db, assetId, cancellationToken);
        if (asset.Kind is not (AssetKind.Vehicle or AssetKind.ExternalLorry))
        {
            throw new BusinessRuleException("Only vehicles carry road tax, insurance and permits.");
        }

        var document = await db.VehicleDocuments.SingleOrDefaultAsync(d => d.AssetId == assetId && d.Kind == kind, cancellationToken);
        if (document is null)
        {
            db.VehicleDocuments.Add(new VehicleDocument { AssetId = assetId, Kind = kind, ExpiresOn = expiresOn });
        }
        else
        {
            document.ExpiresOn = expiresOn;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task EnsureCodeFreeAsync(BookingOpsDbContext db, string code, int assetId, CancellationToken cancellationToken)
    {
        var normalized = code.Trim().ToUpperInvariant();
        if (await db.Assets.AnyAsync(a => a.Code == normalized && a.Id != assetId, cancellationToken))
        {
            throw new DomainValidationException(nameof(AssetInput.Code), $"{normalized} is already registered; plates and serial numbers are unique.");
        }
    }

    private static async Task<Asset> LoadAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Assets.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new BusinessRuleException("This asset no longer exists.");
}
