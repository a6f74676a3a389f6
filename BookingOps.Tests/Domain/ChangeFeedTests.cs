using BookingOps.Domain.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace BookingOps.Tests.Domain;

public sealed class ChangeFeedTests
{
    [Fact]
    public async Task Every_subscriber_hears_a_commit_s_changes_numbered_and_a_failing_one_does_not_stop_the_others()
    {
        var feed = new ChangeFeed(NullLogger<ChangeFeed>.Instance);
        var heard = new TaskCompletionSource<ChangeSet>();
        using var failing = feed.Subscribe(_ => throw new InvalidOperationException("page gone"));
        using var listening = feed.Subscribe(set =>
        {
            heard.TrySetResult(set);
            return Task.CompletedTask;
        });

        feed.Publish([new DataChange("Booking", 6)]);
        feed.Publish([new DataChange("Booking", 7)]);

        var first = await heard.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal((1L, 6), (first.Sequence, first.Changes.Single().Id));
        Assert.Equal(2, feed.Sequence);
        Assert.Equal(2, feed.VersionOf("Booking"));
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
        feed.Publish([new DataChange("Booking", 1)]);

        Assert.Equal(0, feed.SubscriberCount);
        Assert.Equal(0, calls);
    }

    [Fact]
    public void A_set_touches_a_record_when_it_changed_it_or_something_that_belongs_to_it()
    {
        var payment = new ChangeSet(1, null,
        [
            new DataChange("Payment", 31, new Dictionary<string, int> { ["Invoice"] = 12 }),
            new DataChange("Invoice", 12, new Dictionary<string, int> { ["Booking"] = 5, ["Customer"] = 3 }),
        ]);
        var import = new ChangeSet(2, null, [new DataChange("Customer", 0)]);

        Assert.True(payment.Touches<BookingOps.Domain.Bookings.Booking>(5));
        Assert.True(payment.Touches<BookingOps.Domain.Customers.Customer>(3));
        Assert.False(payment.Touches<BookingOps.Domain.Bookings.Booking>(6));
        Assert.False(payment.Has<BookingOps.Domain.Bookings.Booking>());
        Assert.True(payment.Has("Booking", "Invoice"));
        Assert.True(import.Touches<BookingOps.Domain.Customers.Customer>(3));
    }
}
