using BookingOps.Domain.Jobs;
using BookingOps.Domain.Live;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Jobs;

/// <summary>Two app instances on one database, each with its own <see cref="JobRuns"/>, running the same job.</summary>
public sealed class JobLeaseTests : DomainTest
{
    private static readonly DateTimeOffset NineOClock = TestTime.Now.AddHours(1);
    private JobRuns first = default!;
    private JobRuns second = default!;
    private int runs;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var databases = Harness.Get<IDbContextFactory<BookingOpsDbContext>>();
        first = new JobRuns(databases, Harness.Clock, new JobInstance("first"));
        second = new JobRuns(databases, Harness.Clock, new JobInstance("second"));
    }

    [Fact]
    public async Task A_scheduled_occurrence_runs_on_one_instance_and_the_next_one_runs_again()
    {
        var both = await Task.WhenAll(first.RunAsync("digest", CountAsync, NineOClock), second.RunAsync("digest", CountAsync, NineOClock));
        var again = await second.RunAsync("digest", CountAsync, NineOClock);
        var next = await second.RunAsync("digest", CountAsync, NineOClock.AddDays(1));

        Assert.Equal(1, both.Count(r => r.Ran));
        Assert.Equal((false, "Another instance ran this one."), (again.Ran, again.Outcome));
        Assert.True(next.Ran);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task While_one_instance_runs_a_job_no_other_run_starts_then_run_now_goes_through()
    {
        var release = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = first.RunAsync("scan", async _ => { started.SetResult(); return await release.Task; }, NineOClock);
        await started.Task;

        var byHand = await second.RunAsync("scan", CountAsync);
        var scheduled = await second.RunAsync("scan", CountAsync, NineOClock.AddHours(1));
        release.SetResult("Scanned.");
        await running;
        var afterwards = await second.RunAsync("scan", CountAsync, startedBy: "farid@kilatbins.my");

        Assert.Equal((false, "It is running on another instance just now."), (byHand.Ran, byHand.Outcome));
        Assert.False(scheduled.Ran);
        Assert.Equal((true, "Counted."), (afterwards.Ran, afterwards.Outcome));
        Assert.Equal(("farid@kilatbins.my", "Counted."), ((await first.LastAsync("scan"))!.StartedBy, (await first.LastAsync("scan"))!.Outcome));
    }

    [Fact]
    public async Task The_lease_of_an_instance_that_died_mid_run_lapses_and_its_late_release_frees_nothing()
    {
        var hung = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dying = first.RunAsync("scan", async _ => { started.SetResult(); return await hung.Task; });
        await started.Task;

        Harness.Clock.Advance(JobRuns.LeaseTime);
        var takeover = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var takingOver = second.RunAsync("scan", _ => takeover.Task);
        hung.SetResult("Woke up.");
        await dying;
        var third = await first.RunAsync("scan", CountAsync);
        takeover.SetResult("Took over.");

        Assert.True((await takingOver).Ran);
        Assert.False(third.Ran);
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task A_failed_run_is_recorded_and_frees_the_job()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => first.RunAsync("scan", _ => throw new InvalidOperationException("Disk full")));
        var failed = await first.LastAsync("scan");
        var next = await second.RunAsync("scan", CountAsync);

        Assert.Equal((false, "Failed: Disk full", TestTime.Now), (failed!.Succeeded, failed.Outcome, failed.StartedAt));
        Assert.True(next.Ran);
    }

    [Fact]
    public async Task A_run_is_announced_to_open_pages_but_kept_out_of_the_audit_log()
    {
        var heard = new List<string>();
        using var subscription = Harness.Get<ChangeFeed>().Subscribe(changes =>
        {
            lock (heard)
            {
                heard.AddRange(changes.Changes.Select(c => c.EntityType));
            }

            return Task.CompletedTask;
        });

        await first.RunAsync("scan", CountAsync);

        Assert.Contains(nameof(JobRun), heard);
        await using var db = Harness.Db();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(JobRun) || a.EntityType == nameof(JobLease)));
    }

    private Task<string> CountAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs);
        return Task.FromResult("Counted.");
    }
}
