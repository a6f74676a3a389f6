namespace BookingOps.Domain.Jobs;

/// <summary>The last run of a background job, for the Admin: when, who asked (none: its schedule), how long, and what it did or why it failed.</summary>
public class JobRun
{
    public string Name { get; set; } = string.Empty;

    public DateTimeOffset StartedAt { get; set; }

    public string? StartedBy { get; set; }

    public int DurationMs { get; set; }

    public bool Succeeded { get; set; }

    public string Outcome { get; set; } = string.Empty;
}
