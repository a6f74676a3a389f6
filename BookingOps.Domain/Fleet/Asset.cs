using BookingOps.Domain.Common;

namespace BookingOps.Domain.Fleet;

/// <summary>A vehicle, bin, hired lorry or piece of equipment the business sends to jobs.</summary>
public class Asset : IVersioned
{
    public int Id { get; set; }

    public AssetKind Kind { get; private set; }

    /// <summary>The plate of a vehicle or the serial number of a bin; unique.</summary>
    public string Code { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    /// <summary>A bin's size, e.g. "4×12×6 ft".</summary>
    public string? Size { get; private set; }

    /// <summary>The size as compared with booking requirements; see <see cref="AssetSize"/>.</summary>
    public string? SizeKey { get; private set; }

    public decimal? CapacityTonnes { get; private set; }

    public string? Area { get; private set; }

    /// <summary>Bins only: where the bin is in its cycle.</summary>
    public BinState? BinState { get; private set; }

    /// <summary>The customer whose site a bin stands on.</summary>
    public int? WithCustomerId { get; private set; }

    public bool IsActive { get; private set; } = true;

    public long Version { get; set; }

    public static Asset Create(AssetInput input)
    {
        var asset = new Asset { Kind = input.Kind, BinState = input.Kind == AssetKind.Bin ? Fleet.BinState.InWarehouse : null };
        asset.Apply(input);
        return asset;
    }

    public void Apply(AssetInput input)
    {
        if (input.Kind != Kind)
        {
            throw new DomainValidationException(nameof(AssetInput.Kind), "An asset's kind cannot change; add a new asset instead.");
        }

        Code = input.Code.Trim().ToUpperInvariant();
        Description = Text.Clean(input.Description);
        Size = Text.Clean(input.Size);
        SizeKey = AssetSize.Key(Size);
        CapacityTonnes = input.CapacityTonnes;
        Area = Text.Clean(input.Area);
        IsActive = input.IsActive;
    }

    /// <summary>Moves a bin one step along its cycle and returns the movement to record.</summary>
    public AssetMovement Move(BinState to, int? customerId, int? bookingId, string? area, string? notes, DateTimeOffset now, string byUser)
    {
        if (Kind != AssetKind.Bin || BinState is not { } from)
        {
            throw new BusinessRuleException("Only bins move through the bin cycle.");
        }

        var kind = BinTransitions.MovementFor(from, to)
            ?? throw new BusinessRuleException($"A bin that is {BinTransitions.Describe(from)} cannot become {BinTransitions.Describe(to)}.");
        if (to == Fleet.BinState.WithCustomer && customerId is null)
        {
            throw new DomainValidationException("CustomerId", "Say which customer the bin goes to.");
        }

        BinState = to;
        WithCustomerId = to is Fleet.BinState.WithCustomer ? customerId : to is Fleet.BinState.Collected ? WithCustomerId : null;
        Area = Text.Clean(area) ?? Area;
        return new AssetMovement
        {
            AssetId = Id,
            Kind = kind,
            FromState = from,
            ToState = to,
            Area = Area,
            Notes = Text.Clean(notes),
            BookingId = bookingId,
            CustomerId = customerId ?? WithCustomerId,
            At = now,
            ByUser = byUser,
        };
    }
}
