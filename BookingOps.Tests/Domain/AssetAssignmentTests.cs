using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Scheduling;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class AssetAssignmentTests : DomainTest
{
    private int tan;
    private int bina;
    private int bin;
    private int lorry;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        tan = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Tan Construction"));
        bina = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Bina Jaya"));
        var assets = Harness.Get<AssetService>();
        bin = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0001", Size = "4×12×6 ft" });
        lorry = await assets.CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "WXY 1234" });
    }

    private Task<int> BookingAsync(int customer, int day, int hour, int hours = 4)
    {
        var input = BookingInputs.Valid(customer, new DateTime(2026, 12, day, hour, 0, 0));
        input.End = input.Start.AddHours(hours);
        return Harness.Get<BookingService>().CreateAsync(input);
    }

    private Task<int> AssignAsync(int booking, int asset, string? overrideReason = null, bool admin = false) =>
        Harness.Get<AssetAssignmentService>().AssignAsync(booking, asset, overrideReason, admin);

    [Fact]
    public async Task An_asset_on_an_overlapping_booking_is_refused_naming_it_and_an_admin_may_override()
    {
        var first = await BookingAsync(tan, 12, 9);
        await AssignAsync(first, lorry);
        var second = await BookingAsync(bina, 12, 11);

        var refusal = await Assert.ThrowsAsync<SchedulingConflictException>(() => AssignAsync(second, lorry));
        Assert.Contains("WXY 1234 is already on BKG-2026-00001", refusal.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<BusinessRuleException>(() => AssignAsync(second, lorry, "Short hop", admin: false));

        await AssignAsync(second, lorry, "Short hop between sites", admin: true);
        await using var db = Harness.Db();
        Assert.Equal("Short hop between sites", (await db.AssetAssignments.SingleAsync(a => a.BookingId == second)).OverrideReason);
    }

    [Fact]
    public async Task A_bin_in_repair_or_on_another_customers_site_is_refused()
    {
        var assets = Harness.Get<AssetService>();
        await assets.MoveBinAsync(bin, 0, BinState.Assigned, null, null, null, null);
        await assets.MoveBinAsync(bin, 1, BinState.WithCustomer, bina, null, null, null);

        var forTan = await Assert.ThrowsAsync<SchedulingConflictException>(async () => await AssignAsync(await BookingAsync(tan, 14, 9), bin));
        Assert.Equal(ConflictKind.WithAnotherCustomer, Assert.Single(forTan.Conflicts).Kind);
        await AssignAsync(await BookingAsync(bina, 15, 9), bin);

        await assets.MoveBinAsync(bin, 2, BinState.Collected, null, null, null, null);
        await assets.MoveBinAsync(bin, 3, BinState.Repair, null, null, null, null);
        var inRepair = await Assert.ThrowsAsync<SchedulingConflictException>(async () => await AssignAsync(await BookingAsync(tan, 20, 9), bin));
        Assert.Equal(ConflictKind.InRepair, Assert.Single(inRepair.Conflicts).Kind);
    }

    [Fact]
    public async Task A_vehicle_with_a_document_lapsing_before_the_job_ends_is_refused()
    {
        await Harness.Get<AssetService>().SetDocumentAsync(lorry, "insurance", new DateOnly(2026, 12, 10));

        var refusal = await Assert.ThrowsAsync<SchedulingConflictException>(async () => await AssignAsync(await BookingAsync(tan, 12, 9), lorry));

        Assert.Equal(ConflictKind.DocumentExpired, Assert.Single(refusal.Conflicts).Kind);
        await AssignAsync(await BookingAsync(tan, 10, 9), lorry);
    }

    [Fact]
    public async Task Rescheduling_moves_the_assets_and_is_refused_into_a_clash()
    {
        var first = await BookingAsync(tan, 12, 9);
        var second = await BookingAsync(bina, 12, 15);
        await AssignAsync(first, lorry);
        await AssignAsync(second, lorry);

        var clash = BookingInputs.Valid(tan, new DateTime(2026, 12, 12, 14, 0, 0));
        var refusal = await Assert.ThrowsAsync<SchedulingConflictException>(() => Harness.Get<BookingService>().UpdateAsync(first, clash));

        Assert.Contains("BKG-2026-00002", refusal.Message, StringComparison.Ordinal);
        var free = BookingInputs.Valid(tan, new DateTime(2026, 12, 13, 9, 0, 0));
        await Harness.Get<BookingService>().UpdateAsync(first, free);
        await using var db = Harness.Db();
        Assert.Equal(new DateTimeOffset(2026, 12, 13, 1, 0, 0, TimeSpan.Zero), (await db.AssetAssignments.SingleAsync(a => a.BookingId == first)).StartsAt);
    }
}
