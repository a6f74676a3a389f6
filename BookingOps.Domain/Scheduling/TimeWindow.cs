namespace BookingOps.Domain.Scheduling;

/// <summary>A half-open span of time [Start, End): a job ending at 14:00 and one starting at 14:00 do not overlap.</summary>
public readonly record struct TimeWindow(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Whether the two windows come closer than <paramref name="buffer"/> (travel and set-up time between jobs).</summary>
    public bool Collides(TimeWindow other, TimeSpan buffer) => Start < other.End + buffer && other.Start < End + buffer;
}
