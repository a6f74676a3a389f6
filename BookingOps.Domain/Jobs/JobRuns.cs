using System.Diagnostics;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Jobs;

/// <summary>What became of asking for a run: it ran (and how it went), or another instance had it.</summary>
public sealed record JobRunResult(bool Ran, bool Succeeded, string Outcome);

/// <summary>
/// Runs a job under its lease and keeps its last run (start, who asked, duration, outcome), failed or not. A
/// scheduled run names its occurrence (the minute its schedule fell due): the first instance to lease that
/// occurrence runs it and every other passes. A run asked for now waits for no occurrence, only for no other run.
/// </summary>
public sealed class JobRuns(IDbContextFactory<BookingOpsDbContext> dbFactory, TimeProvider clock, JobInstance instance)
{
    /// <summary>Longer than any job takes; a holder that crashed mid-run frees its job after this.</summary>
    public static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(15);

    /// <summary>Runs <paramref name="work"/>, which says what it did, if this instance can lease the job; a failure is recorded, then rethrown.</summary>
    public async Task<JobRunResult> RunAsync(
        string name, Func<CancellationToken, Task<string>> work, DateTimeOffset? occurrence = null, string? startedBy = null, CancellationToken cancellationToken = default)
    {
        if (!await TryLeaseAsync(name, occurrence, cancellationToken))
        {
            return new JobRunResult(false, false, occurrence is null ? "It is running on another instance just now." : "Another instance ran this one.");
        }

        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            var outcome = await work(cancellationToken);
            await RecordAsync(name, started, startedBy, watch.Elapsed, true, outcome, cancellationToken);
            return new JobRunResult(true, true, outcome);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordAsync(name, started, startedBy, watch.Elapsed, false, $"Failed: {ex.Message}", cancellationToken);
            throw;
        }
        finally
        {
            await ReleaseAsync(name);
        }
    }

    public async Task<JobRun?> LastAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, JobRun>> LastOfEachAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>
    /// Takes the lease in one conditional update (no other run holds it; for a scheduled run, its occurrence has not
    /// run), or creates it the first time; a twin instance creating it at the same moment loses on the key.
    /// </summary>
    private async Task<bool> TryLeaseAsync(string name, DateTimeOffset? occurrence, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var free = db.JobLeases.Where(l => l.Name == name && l.Until <= now);
        if (occurrence is { } due)
        {
            free = free.Where(l => l.LastOccurrence == null || l.LastOccurrence < due);
        }

        if (await free.ExecuteUpdateAsync(set => set
                .SetProperty(l => l.Holder, instance.Id)
                .SetProperty(l => l.Until, now + LeaseTime)
                .SetProperty(l => l.LastOccurrence, l => occurrence ?? l.LastOccurrence), cancellationToken) == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        db.JobLeases.Add(new JobLease { Name = name, Holder = instance.Id, Until = now + LeaseTime, LastOccurrence = occurrence });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Frees the lease for the next run, even when this one was cancelled (the app stopping).</summary>
    private async Task ReleaseAsync(string name)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        await db.JobLeases.Where(l => l.Name == name && l.Holder == instance.Id).ExecuteUpdateAsync(set => set.SetProperty(l => l.Until, now), CancellationToken.None);
    }

    private async Task RecordAsync(string name, DateTimeOffset started, string? startedBy, TimeSpan took, bool succeeded, string outcome, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (run is null)
        {
            run = new JobRun { Name = name };
            db.JobRuns.Add(run);
        }

        (run.StartedAt, run.StartedBy, run.DurationMs, run.Succeeded, run.Outcome) =
            (started, startedBy, (int)took.TotalMilliseconds, succeeded, outcome.Length > 500 ? outcome[..500] : outcome);
        await db.SaveChangesAsync(cancellationToken);
    }
}
