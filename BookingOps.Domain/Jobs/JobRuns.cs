using System.Diagnostics;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Jobs;

/// <summary>Runs a job's work and keeps its last run (start, duration, outcome), failed or not.</summary>
public sealed class JobRuns(IDbContextFactory<BookingOpsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>Runs <paramref name="work"/>, which returns what it did in words, and records the run; a failure is recorded, then rethrown.</summary>
    public async Task<string> RunAsync(string name, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken = default)
    {
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            var outcome = await work(cancellationToken);
            await RecordAsync(name, started, watch.Elapsed, true, outcome, cancellationToken);
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await RecordAsync(name, started, watch.Elapsed, false, $"Failed: {ex.Message}", cancellationToken);
            throw;
        }
    }

    public async Task<JobRun?> LastAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
    }

    private async Task RecordAsync(string name, DateTimeOffset started, TimeSpan took, bool succeeded, string outcome, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = await db.JobRuns.SingleOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (run is null)
        {
            run = new JobRun { Name = name };
            db.JobRuns.Add(run);
        }

        (run.StartedAt, run.DurationMs, run.Succeeded, run.Outcome) = (started, (int)took.TotalMilliseconds, succeeded, outcome.Length > 500 ? outcome[..500] : outcome);
        await db.SaveChangesAsync(cancellationToken);
    }
}
