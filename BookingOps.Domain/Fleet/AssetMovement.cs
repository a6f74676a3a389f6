namespace BookingOps.Domain.Fleet;

/// <summary>One change of place of an asset: out, in, transfer or repair, with where and for which job.</summary>
public class AssetMovement
{
    public long Id { get; set; }

    public int AssetId { get; set; }

    public MovementKind Kind { get; set; }

    public BinState FromState { get; set; }

    public BinState ToState { get; set; }

    public string? Area { get; set; }

    public string? Notes { get; set; }

    public int? BookingId { get; set; }

    public int? CustomerId { get; set; }

    /// <summary>The delivery order whose driver moved the bin, when one did.</summary>
    public int? DeliveryOrderId { get; set; }

    public DateTimeOffset At { get; set; }

    public string ByUser { get; set; } = string.Empty;
}
