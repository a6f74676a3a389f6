using System.Globalization;
using BookingOps.Domain.Scheduling;

namespace BookingOps.Domain.Fleet;

/// <summary>
/// Whether an asset can go on a job: not double-booked (buffer included), not in repair, not sitting
/// with another customer, and for vehicles every document valid on each day of the job. Pure, like the
/// crew detector, so each rule is tested on its own.
/// </summary>
public static class AssetConflicts
{
    public static IReadOnlyList<Conflict> For(
        AssetCandidate asset, int bookingId, int customerId, TimeWindow window, TimeSpan buffer, TimeZoneInfo zone)
    {
        var conflicts = new List<Conflict>();
        if (!asset.IsActive)
        {
            conflicts.Add(new Conflict(ConflictKind.Inactive, $"{asset.Label} is not in service."));
        }

        if (asset.BinState == BinState.Repair)
        {
            conflicts.Add(new Conflict(ConflictKind.InRepair, $"{asset.Label} is in repair."));
        }

        if (asset.BinState is BinState.WithCustomer && asset.WithCustomerId is { } holder && holder != customerId)
        {
            conflicts.Add(new Conflict(ConflictKind.WithAnotherCustomer, $"{asset.Label} is still with another customer."));
        }

        foreach (var commitment in asset.Commitments.Where(c => c.BookingId != bookingId && c.Window.Collides(window, buffer)).OrderBy(c => c.Window.Start))
        {
            conflicts.Add(new Conflict(
                ConflictKind.DoubleBooked,
                $"{asset.Label} is already on {commitment.BookingNumber}, {Local(commitment.Window.Start, zone)}–{Local(commitment.Window.End, zone)}.",
                commitment.BookingId,
                commitment.Window));
        }

        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(window.End.AddTicks(-1), zone).DateTime);
        foreach (var document in asset.Documents.Where(d => d.ExpiresOn < lastDay).OrderBy(d => d.ExpiresOn))
        {
            conflicts.Add(new Conflict(
                ConflictKind.DocumentExpired,
                $"{asset.Label}'s {document.Kind} expires on {document.ExpiresOn.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, before the job ends."));
        }

        return conflicts;
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM HH:mm", CultureInfo.InvariantCulture);
}
