using BookingOps.Domain.Auditing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Live;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingOps.Tests.Domain;

public sealed class CustomerHistoryTests : IDisposable
{
    private readonly TempDirectory directory = new();
    private readonly FakeTimeProvider clock = TestTime.Frozen();
    private readonly ReferencingModel.Factory factory;

    public CustomerHistoryTests()
    {
        factory = new ReferencingModel.Factory(
            $"Data Source={Path.Combine(directory.Path, "history.db")};Foreign Keys=True",
            new AuditTrailInterceptor(new TestActor(), clock, new ChangeFeed(NullLogger<ChangeFeed>.Instance), new ChangeOrigin()));
        using var db = factory.Create();
        db.Database.EnsureCreated();
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task A_customer_with_history_cannot_be_deleted_only_archived()
    {
        var service = new CustomerService(factory, clock);
        var directoryQueries = new CustomerDirectory(factory);
        var id = await service.CreateAsync(CustomerInputs.Valid());
        await using (var db = factory.Create())
        {
            db.Jobs.Add(new ReferencingModel.SampleJob { CustomerId = id, IdNumber = "900101-14-5678" });
            await db.SaveChangesAsync();
        }

        Assert.True(await directoryQueries.HasHistoryAsync(id));
        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => service.DeleteAsync(id, version: 0));
        Assert.Contains("archive the customer instead", refusal.Message, StringComparison.Ordinal);
        Assert.NotNull(await directoryQueries.FindAsync(id));

        await service.ArchiveAsync(id, version: 0);
        Assert.True((await directoryQueries.FindAsync(id))!.IsArchived);
    }

    [Fact]
    public async Task Redacted_values_never_reach_the_audit_log()
    {
        var id = await new CustomerService(factory, clock).CreateAsync(CustomerInputs.Valid());
        await using (var db = factory.Create())
        {
            var job = new ReferencingModel.SampleJob { CustomerId = id, IdNumber = "900101-14-5678" };
            db.Jobs.Add(job);
            await db.SaveChangesAsync();
            job.IdNumber = "850505-10-1234";
            await db.SaveChangesAsync();
        }

        await using var check = factory.Create();
        var entries = await check.AuditEntries.Where(e => e.EntityType == nameof(ReferencingModel.SampleJob)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.DoesNotContain("900101", e.Changes, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.DoesNotContain("850505", e.Changes, StringComparison.Ordinal));
        var update = AuditChangeSet.Deserialize(entries[1].Changes);
        Assert.Equal(new AuditChange("IdNumber", "(redacted)", "(redacted)"), Assert.Single(update));
    }
}
