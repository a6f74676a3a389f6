using System.Globalization;

namespace BookingOps.Domain.Scheduling;

/// <summary>
/// Decides whether a person can take a job: a pure function of the job's window, the role asked for,
/// the buffer between jobs and what is known about the person, so every rule is tested without a database.
/// </summary>
public static class ConflictDetector
{
    public static IReadOnlyList<Conflict> ForCrew(
        CrewCandidate candidate, int bookingId, TimeWindow window, string role, TimeSpan buffer, TimeZoneInfo zone)
    {
        var conflicts = new List<Conflict>();
        if (!candidate.IsActive)
        {
            conflicts.Add(new Conflict(ConflictKind.Inactive, $"{candidate.Name} is not active."));
        }

        if (!candidate.Roles.Contains(role.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            conflicts.Add(new Conflict(ConflictKind.MissingRole, $"{candidate.Name} does not have the role \"{role.Trim()}\"."));
        }

        foreach (var commitment in candidate.Commitments.Where(c => c.BookingId != bookingId && c.Window.Collides(window, buffer)).OrderBy(c => c.Window.Start))
        {
            var gap = buffer > TimeSpan.Zero ? $" (with {buffer.TotalMinutes:N0} minutes between jobs)" : string.Empty;
            conflicts.Add(new Conflict(
                ConflictKind.DoubleBooked,
                $"{candidate.Name} is already on {commitment.BookingNumber}, {Describe(commitment.Window, zone)}{gap}.",
                commitment.BookingId,
                commitment.Window));
        }

        foreach (var off in candidate.TimeOff.Where(t => t.Window.Collides(window, TimeSpan.Zero)).OrderBy(t => t.Window.Start))
        {
            var note = string.IsNullOrWhiteSpace(off.Note) ? string.Empty : $": {off.Note}";
            conflicts.Add(new Conflict(ConflictKind.TimeOff, $"{candidate.Name} is off {Describe(off.Window, zone)}{note}.", OtherWindow: off.Window));
        }

        return conflicts;
    }

    private static string Describe(TimeWindow window, TimeZoneInfo zone) =>
        $"{Local(window.Start, zone)}–{Local(window.End, zone)}";

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("d MMM HH:mm", CultureInfo.InvariantCulture);
}
