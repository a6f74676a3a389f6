namespace BookingOps.Domain.Jobs;

/// <summary>
/// Which app instance runs a job, until when, and the last scheduled occurrence that ran. Two instances share the
/// database: the one whose conditional update takes the lease runs; the other passes, so a schedule's occurrence
/// runs once however many instances are up. A crashed holder's lease lapses at <see cref="Until"/>.
/// </summary>
public class JobLease
{
    public string Name { get; set; } = string.Empty;

    public string Holder { get; set; } = string.Empty;

    public DateTimeOffset Until { get; set; }

    public DateTimeOffset? LastOccurrence { get; set; }
}

/// <summary>This app instance, as job leases name it: machine, process and a random part (a restarted process is another instance).</summary>
public sealed record JobInstance(string Id)
{
    public static JobInstance ThisProcess() =>
        new($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}
