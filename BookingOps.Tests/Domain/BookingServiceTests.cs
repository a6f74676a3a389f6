using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Live;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Domain;

public sealed class BookingServiceTests : DomainTest
{
    private int customerId;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        customerId = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
    }

    [Fact]
    public async Task A_new_booking_is_tentative_numbered_priced_and_held()
    {
        var id = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customerId));

        var booking = (await Harness.Get<BookingDirectory>().FindAsync(id))!;
        Assert.Equal("BKG-2026-00001", booking.Number);
        Assert.Equal(BookingStatus.Tentative, booking.Status);
        Assert.Equal(Harness.Clock.GetUtcNow() + Booking.DefaultHold, booking.HoldExpiresAt);
        // 19:00 in Kuala Lumpur (UTC+8) is 11:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 12, 11, 0, 0, TimeSpan.Zero), booking.StartsAt);
        Assert.Equal((2_500m, 150m, 2_650m, 795m), (booking.Subtotal, booking.TaxTotal, booking.Total, booking.DepositAmount));
        Assert.Equal(["dancer", "driver"], booking.RoleRequirements.Select(r => r.Role));
        Assert.Equal("medium", Assert.Single(booking.AssetRequirements).Size);
    }

    [Fact]
    public async Task Numbers_under_parallel_creation_have_no_duplicates_and_no_gaps()
    {
        var attempts = Enumerable.Range(0, 12).Select(i =>
        {
            var input = BookingInputs.Valid(customerId);
            // Every third one is refused (deposit above the total) only after its number was taken.
            input.DepositKind = DepositKind.Amount;
            input.DepositValue = i % 3 == 2 ? 5_000m : 500m;
            return Task.Run(async () =>
            {
                try
                {
                    return (int?)await Harness.Get<BookingService>().CreateAsync(input);
                }
                catch (DomainValidationException)
                {
                    return null;
                }
            });
        });
        var ids = (await Task.WhenAll(attempts)).OfType<int>().ToList();

        await using var db = Harness.Db();
        var numbers = await db.Bookings.OrderBy(b => b.Number).Select(b => b.Number).ToListAsync();
        Assert.Equal(8, ids.Count);
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"BKG-2026-{n:D5}"), numbers);
    }

    [Fact]
    public async Task Numbers_restart_each_year_in_the_business_time_zone()
    {
        // 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Kuala Lumpur.
        Harness.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        var id = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customerId, new DateTime(2027, 1, 20, 10, 0, 0)));

        Assert.Equal("BKG-2027-00001", (await Harness.Get<BookingDirectory>().FindAsync(id))!.Number);
    }

    [Fact]
    public async Task The_status_moves_forward_only_and_cancelling_needs_a_reason()
    {
        var service = Harness.Get<BookingService>();
        var id = await service.CreateAsync(BookingInputs.Valid(customerId));

        await Assert.ThrowsAsync<BusinessRuleException>(() => service.StartAsync(id, 0));
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.CompleteAsync(id, 0));
        await service.ConfirmAsync(id, 0);
        Assert.Null((await Harness.Get<BookingDirectory>().FindAsync(id))!.HoldExpiresAt);
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.ConfirmAsync(id, 1));
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => service.CancelAsync(id, 1, "  "));
        Assert.Equal(["Reason"], noReason.Errors.Keys);
        await service.StartAsync(id, 1);
        await service.CompleteAsync(id, 2);

        var completed = await Assert.ThrowsAsync<BusinessRuleException>(() => service.CancelAsync(id, 3, "Customer changed their mind"));
        Assert.Equal("A booking that is completed cannot be cancelled.", completed.Message);
        Assert.Equal(BookingStatus.Completed, (await Harness.Get<BookingDirectory>().FindAsync(id))!.Status);
    }

    [Theory]
    [InlineData(BookingStatus.Tentative)]
    [InlineData(BookingStatus.Confirmed)]
    [InlineData(BookingStatus.InProgress)]
    public async Task Any_booking_before_completion_can_be_cancelled_with_a_reason(BookingStatus from)
    {
        var service = Harness.Get<BookingService>();
        var id = await service.CreateAsync(BookingInputs.Valid(customerId));
        var version = 0L;
        if (from >= BookingStatus.Confirmed)
        {
            await service.ConfirmAsync(id, version++);
        }

        if (from >= BookingStatus.InProgress)
        {
            await service.StartAsync(id, version++);
        }

        await service.CancelAsync(id, version, "Venue flooded");

        var booking = (await Harness.Get<BookingDirectory>().FindAsync(id))!;
        Assert.Equal((BookingStatus.Cancelled, "Venue flooded"), (booking.Status, booking.CancellationReason));
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.UpdateAsync(id, WithVersion(BookingInputs.Valid(customerId), version + 1)));
    }

    private static BookingInput WithVersion(BookingInput input, long version)
    {
        input.Version = version;
        return input;
    }

    [Fact]
    public async Task Lapsed_holds_expire_once()
    {
        var service = Harness.Get<BookingService>();
        var lapsing = await service.CreateAsync(BookingInputs.Valid(customerId));
        var input = BookingInputs.Valid(customerId);
        input.HoldUntil = new DateTime(2026, 12, 1, 12, 0, 0);
        var later = await service.CreateAsync(input);

        Harness.Clock.Advance(Booking.DefaultHold + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await service.ExpireHoldsAsync());
        Assert.Equal(0, await service.ExpireHoldsAsync());

        var directory = Harness.Get<BookingDirectory>();
        Assert.Equal(BookingStatus.Cancelled, (await directory.FindAsync(lapsing))!.Status);
        Assert.Equal(BookingStatus.Tentative, (await directory.FindAsync(later))!.Status);
    }

    [Fact]
    public async Task Bad_input_is_refused_per_field_and_nothing_is_saved()
    {
        var input = BookingInputs.Valid(customerId);
        input.End = input.Start.AddHours(-1);
        input.PriceLines[0].UnitPrice = -5m;
        input.PriceLines[0].Quantity = 0m;
        input.DepositValue = 150m;
        input.ServiceType = "";

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<BookingService>().CreateAsync(input));

        Assert.Equal(
            ["DepositValue", "End", "PriceLines[0].Quantity", "PriceLines[0].UnitPrice", "ServiceType"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = Harness.Db();
        Assert.Equal(0, await db.Bookings.CountAsync());
        Assert.Equal(0, await db.NumberSeries.CountAsync());
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2150)]
    public async Task Dates_far_outside_a_sane_range_are_refused(int year)
    {
        var input = BookingInputs.Valid(customerId, new DateTime(year, 6, 1, 10, 0, 0));

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<BookingService>().CreateAsync(input));

        Assert.Contains("Start", refusal.Errors.Keys);
    }

    [Fact]
    public async Task A_deposit_above_the_total_is_refused_beside_the_deposit()
    {
        var input = BookingInputs.Valid(customerId);
        input.DepositKind = DepositKind.Amount;
        input.DepositValue = 2_650.01m;

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<BookingService>().CreateAsync(input));

        Assert.Equal(["DepositValue"], refusal.Errors.Keys);
    }

    [Fact]
    public async Task A_customer_that_no_longer_exists_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customerId + 99)));

        Assert.Equal(["CustomerId"], refusal.Errors.Keys);
    }

    [Fact]
    public async Task Rescheduling_goes_through_the_edit_and_a_stale_edit_is_refused()
    {
        var service = Harness.Get<BookingService>();
        var id = await service.CreateAsync(BookingInputs.Valid(customerId));
        var moved = BookingInputs.Valid(customerId, new DateTime(2026, 12, 13, 14, 0, 0));
        await service.UpdateAsync(id, moved);

        var booking = (await Harness.Get<BookingDirectory>().FindAsync(id))!;
        Assert.Equal(new DateTimeOffset(2026, 12, 13, 6, 0, 0, TimeSpan.Zero), booking.StartsAt);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.UpdateAsync(id, moved));
    }

    [Fact]
    public async Task Committed_changes_are_announced_on_the_change_feed()
    {
        var announced = new List<ChangeSet>();
        using var subscription = Harness.Get<ChangeFeed>().Subscribe(set =>
        {
            lock (announced)
            {
                announced.Add(set);
            }

            return Task.CompletedTask;
        });

        var id = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customerId));
        await Harness.Get<BookingService>().ConfirmAsync(id, 0);
        await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<BookingService>().ConfirmAsync(id, 1));

        Assert.Equal([("Booking", id), ("Booking", id)], announced.Select(s => s.Changes.Single(c => c.EntityType == "Booking")).Select(c => (c.EntityType, c.Id)));
        Assert.All(announced, set => Assert.True(set.Touches<Customer>(customerId)));
    }

    [Fact]
    public async Task A_booked_customer_has_history_and_can_only_be_archived()
    {
        await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customerId));

        Assert.True(await Harness.Get<CustomerDirectory>().HasHistoryAsync(customerId));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<CustomerService>().DeleteAsync(customerId, 0));
    }
}
