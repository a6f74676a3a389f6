using BookingOps.Domain.Common;

namespace BookingOps.Domain.Jobs;

/// <summary>A job on the Admin's jobs page: what it is, when it runs, and its last run if it has had one.</summary>
public sealed record JobStatus(JobInfo Info, JobRun? LastRun);

/// <summary>
/// The app's background jobs: the list the Admin sees, "run now", and the scheduler's way in. Each run goes
/// through <see cref="JobRuns"/>, so a run asked for by hand and a scheduled one never overlap, on any instance.
/// </summary>
public sealed class BackgroundJobs(IEnumerable<IScheduledJob> jobs, JobRuns runs, ICurrentActor actor)
{
    public IReadOnlyList<JobInfo> All { get; } = [.. jobs.Select(j => j.Info)];

    public async Task<IReadOnlyList<JobStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        var last = await runs.LastOfEachAsync(cancellationToken);
        return [.. All.Select(info => new JobStatus(info, last.GetValueOrDefault(info.Name)))];
    }

    /// <summary>
    /// Runs a job at once for the Admin. A failure is recorded and told, not thrown; a job running elsewhere just
    /// now is refused with that reason.
    /// </summary>
    public async Task<JobRunResult> RunNowAsync(string name, CancellationToken cancellationToken = default)
    {
        var admin = await EnsureAdminAsync(cancellationToken);
        JobRunResult result;
        try
        {
            result = await runs.RunAsync(name, Find(name).RunAsync, null, admin.Name, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new JobRunResult(true, false, $"Failed: {ex.Message}");
        }

        return result.Ran ? result : throw new BusinessRuleException(result.Outcome);
    }

    /// <summary>Runs a job's scheduled occurrence (the minute it fell due), unless another instance has run it.</summary>
    public Task<JobRunResult> RunScheduledAsync(string name, DateTimeOffset occurrence, CancellationToken cancellationToken = default) =>
        runs.RunAsync(name, Find(name).RunAsync, occurrence, null, cancellationToken);

    private IScheduledJob Find(string name) =>
        jobs.SingleOrDefault(j => j.Info.Name == name) ?? throw new BusinessRuleException("There is no such job.");

    private async Task<Actor> EnsureAdminAsync(CancellationToken cancellationToken)
    {
        var current = await actor.GetAsync(cancellationToken);
        return current.IsAdmin ? current : throw new BusinessRuleException("Only an Admin can see and run the background jobs.");
    }
}
