using BookingOps.Domain.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingOps.Tests.Domain;

public sealed class ChangeFeedTests
{
    [Fact]
    public async Task Every_subscriber_hears_a_change_and_a_failing_one_does_not_stop_the_others()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var heard = new TaskCompletionSource<DataChange>();
        using var failing = feed.Subscribe(_ => throw new InvalidOperationException("page gone"));
        using var listening = feed.Subscribe(change =>
        {
            heard.TrySetResult(change);
            return Task.CompletedTask;
        });

        feed.Publish(new DataChange("Booking", 7));

        Assert.Equal(new DataChange("Booking", 7), await heard.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Disposing_a_subscription_removes_it()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var calls = 0;
        var subscription = feed.Subscribe(_ =>
        {
            Interlocked.Increment(ref calls);
            return Task.CompletedTask;
        });
        Assert.Equal(1, feed.SubscriberCount);

        subscription.Dispose();
        feed.Publish(new DataChange("Booking", 1));

        Assert.Equal(0, feed.SubscriberCount);
        Assert.Equal(0, calls);
    }
}
