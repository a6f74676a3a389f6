using BookingOps.Domain.Live;
using BookingOps.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingOps.Tests.Domain;

public sealed class SharedReadsTests
{
    private readonly ChangeFeed feed = new(NullLogger<ChangeFeed>.Instance);
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = TestTime.Frozen();
    private int loads;

    private Task<int> ReadAsync(SharedReads shared) =>
        shared.GetAsync("dashboard", TimeSpan.FromSeconds(5), ["Booking", "Invoice"], () => Task.FromResult(Interlocked.Increment(ref loads)));

    [Fact]
    public async Task One_load_serves_everyone_until_a_kind_it_is_made_from_changes_or_it_grows_old()
    {
        var shared = new SharedReads(feed, clock);

        Assert.Equal((1, 1), (await ReadAsync(shared), await ReadAsync(shared)));
        feed.Publish([new DataChange("Customer", 3)]);
        Assert.Equal(1, await ReadAsync(shared));
        feed.Publish([new DataChange("Invoice", 9)]);
        Assert.Equal(2, await ReadAsync(shared));
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(2, await ReadAsync(shared));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, await ReadAsync(shared));
    }

    [Fact]
    public async Task A_failed_load_is_not_kept()
    {
        var shared = new SharedReads(feed, clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => shared.GetAsync<int>("dashboard", TimeSpan.FromSeconds(5), ["Booking"], () => throw new InvalidOperationException("database busy")));

        Assert.Equal(1, await ReadAsync(shared));
    }
}
