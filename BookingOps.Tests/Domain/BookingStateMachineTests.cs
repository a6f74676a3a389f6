using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

/// <summary>Every action from every status: the allowed moves, and a clear refusal for the rest.</summary>
public sealed class BookingStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 2, 0, 0, TimeSpan.Zero);

    public static TheoryData<BookingStatus, string, BookingStatus?> Moves()
    {
        var data = new TheoryData<BookingStatus, string, BookingStatus?>();
        var allowed = new Dictionary<(BookingStatus, string), BookingStatus>
        {
            [(BookingStatus.Tentative, "confirm")] = BookingStatus.Confirmed,
            [(BookingStatus.Confirmed, "start")] = BookingStatus.InProgress,
            [(BookingStatus.InProgress, "complete")] = BookingStatus.Completed,
            [(BookingStatus.Tentative, "cancel")] = BookingStatus.Cancelled,
            [(BookingStatus.Confirmed, "cancel")] = BookingStatus.Cancelled,
            [(BookingStatus.InProgress, "cancel")] = BookingStatus.Cancelled,
        };
        foreach (var from in Enum.GetValues<BookingStatus>())
        {
            foreach (var action in new[] { "confirm", "start", "complete", "cancel" })
            {
                data.Add(from, action, allowed.TryGetValue((from, action), out var to) ? to : null);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public void Each_status_allows_only_its_next_steps(BookingStatus from, string action, BookingStatus? expected)
    {
        var booking = BookingIn(from);
        var statusBefore = booking.Status;

        void Act()
        {
            switch (action)
            {
                case "confirm": booking.Confirm(); break;
                case "start": booking.Start(); break;
                case "complete": booking.Complete(); break;
                default: booking.Cancel("Reason given"); break;
            }
        }

        if (expected is { } to)
        {
            Act();
            Assert.Equal(to, booking.Status);
        }
        else
        {
            var refusal = Assert.Throws<BusinessRuleException>(Act);
            Assert.StartsWith($"A booking that is {Booking.Describe(from)} cannot be", refusal.Message, StringComparison.Ordinal);
            Assert.Equal(statusBefore, booking.Status);
        }
    }

    [Theory]
    [InlineData(BookingStatus.InProgress)]
    [InlineData(BookingStatus.Completed)]
    [InlineData(BookingStatus.Cancelled)]
    public void Only_tentative_and_confirmed_bookings_can_be_edited(BookingStatus status)
    {
        var booking = BookingIn(status);
        var schedule = new BookingSchedule(booking.StartsAt.AddDays(1), booking.EndsAt.AddDays(1), null);

        Assert.Throws<BusinessRuleException>(() => booking.Update(BookingInputs.Valid(1), schedule, "MYR", Now));
        Assert.NotEqual(schedule.StartsAt, booking.StartsAt);
    }

    [Fact]
    public void A_hold_lapses_only_once_its_time_has_passed_and_only_while_tentative()
    {
        var booking = BookingIn(BookingStatus.Tentative);
        var confirmed = BookingIn(BookingStatus.Confirmed);

        Assert.False(booking.ExpireHold(Now + Booking.DefaultHold - TimeSpan.FromSeconds(1)));
        Assert.True(booking.ExpireHold(Now + Booking.DefaultHold));
        Assert.Equal(BookingStatus.Cancelled, booking.Status);
        Assert.False(booking.ExpireHold(Now + Booking.DefaultHold));
        Assert.False(confirmed.ExpireHold(Now + TimeSpan.FromDays(30)));
    }

    private static Booking BookingIn(BookingStatus status)
    {
        var input = BookingInputs.Valid(1);
        var schedule = new BookingSchedule(Now.AddDays(20), Now.AddDays(20).AddHours(4), null);
        var booking = Booking.Create("BKG-2026-00001", input, schedule, "MYR", Now);
        var path = new Dictionary<BookingStatus, Action[]>
        {
            [BookingStatus.Tentative] = [],
            [BookingStatus.Confirmed] = [booking.Confirm],
            [BookingStatus.InProgress] = [booking.Confirm, booking.Start],
            [BookingStatus.Completed] = [booking.Confirm, booking.Start, booking.Complete],
            [BookingStatus.Cancelled] = [() => booking.Cancel("Set up for the test")],
        };
        foreach (var step in path[status])
        {
            step();
        }

        return booking;
    }
}
