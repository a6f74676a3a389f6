using BookingOps.Domain.Common;

namespace BookingOps.Domain.Fleet;

/// <summary>An asset on a booking. Its window is copied from the booking, like crew assignments, for indexed clash checks.</summary>
public class AssetAssignment
{
    public int Id { get; set; }

    public int BookingId { get; private set; }

    public int AssetId { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string? OverrideReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static AssetAssignment Create(int bookingId, int assetId, DateTimeOffset startsAt, DateTimeOffset endsAt, string? overrideReason, DateTimeOffset now)
    {
        var assignment = new AssetAssignment { BookingId = bookingId, AssetId = assetId, OverrideReason = Text.Clean(overrideReason), CreatedAt = now };
        assignment.Reschedule(startsAt, endsAt);
        return assignment;
    }

    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        (StartsAt, EndsAt, DurationMinutes) = (startsAt, endsAt, (int)Math.Ceiling((endsAt - startsAt).TotalMinutes));
}
