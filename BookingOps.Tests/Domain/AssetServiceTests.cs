using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Fleet;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class AssetServiceTests : DomainTest
{
    private static AssetInput Bin(string serial = "B-1042") => new() { Kind = AssetKind.Bin, Code = serial, Size = "4×12×6 ft", Area = "Klang" };

    private static AssetInput Lorry(string plate = "wxy 1234") => new() { Kind = AssetKind.Vehicle, Code = plate, Description = "Hino roll-on", CapacityTonnes = 10m };

    [Fact]
    public async Task Plates_and_serials_are_unique_whatever_the_case()
    {
        var service = Harness.Get<AssetService>();
        await service.CreateAsync(Lorry("WXY 1234"));

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(Lorry("wxy 1234")));

        Assert.Equal(["Code"], refusal.Errors.Keys);
        Assert.Contains("WXY 1234 is already registered", refusal.Errors["Code"].Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bin_needs_a_size_and_starts_in_the_warehouse()
    {
        var service = Harness.Get<AssetService>();
        var noSize = Bin();
        noSize.Size = null;
        await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(noSize));

        var id = await service.CreateAsync(Bin());

        Assert.Equal(BinState.InWarehouse, (await Harness.Get<AssetDirectory>().FindAsync(id))!.BinState);
    }

    [Fact]
    public async Task A_bin_goes_round_its_cycle_and_every_step_is_a_recorded_movement()
    {
        var service = Harness.Get<AssetService>();
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var id = await service.CreateAsync(Bin());

        await service.MoveBinAsync(id, 0, BinState.Assigned, null, null, null, "Reserved for Tan site");
        await Assert.ThrowsAsync<DomainValidationException>(() => service.MoveBinAsync(id, 1, BinState.WithCustomer, null, null, null, null));
        await service.MoveBinAsync(id, 1, BinState.WithCustomer, customer, null, "Shah Alam", "Dropped at gate B");
        Assert.Equal(customer, (await Harness.Get<AssetDirectory>().FindAsync(id))!.WithCustomerId);
        await service.MoveBinAsync(id, 2, BinState.Collected, null, null, null, null);
        await service.MoveBinAsync(id, 3, BinState.Repair, null, null, null, "Cracked floor");
        await service.MoveBinAsync(id, 4, BinState.InWarehouse, null, null, "Klang", "Welded");

        var history = await Harness.Get<AssetDirectory>().MovementsAsync(id);
        Assert.Equal(
            [MovementKind.Transfer, MovementKind.Out, MovementKind.Transfer, MovementKind.Repair, MovementKind.In],
            history.Reverse().Select(m => m.Kind));
        Assert.Equal("Shah Alam", history.Single(m => m.Kind == MovementKind.Out).Area);
        Assert.Equal(customer, history.Single(m => m.Kind == MovementKind.Out).CustomerId);
        Assert.Null((await Harness.Get<AssetDirectory>().FindAsync(id))!.WithCustomerId);
    }

    [Fact]
    public async Task An_illegal_step_is_refused_and_leaves_no_movement()
    {
        var service = Harness.Get<AssetService>();
        var id = await service.CreateAsync(Bin());

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => service.MoveBinAsync(id, 0, BinState.Collected, null, null, null, null));

        Assert.Equal("A bin that is in the warehouse cannot become collected.", refusal.Message);
        await using var db = Harness.Db();
        Assert.Equal(0, await db.AssetMovements.CountAsync());
        Assert.Equal(BinState.InWarehouse, (await db.Assets.SingleAsync()).BinState);
    }

    [Fact]
    public async Task Vehicle_documents_expiring_soon_are_listed_soonest_first_and_bins_have_none()
    {
        var service = Harness.Get<AssetService>();
        var lorry = await service.CreateAsync(Lorry());
        var bin = await service.CreateAsync(Bin());
        var today = new DateOnly(2026, 11, 21);
        await service.SetDocumentAsync(lorry, "road tax", today.AddDays(20));
        await service.SetDocumentAsync(lorry, "insurance", today.AddDays(-2));
        await service.SetDocumentAsync(lorry, "permit", today.AddDays(90));
        await service.SetDocumentAsync(lorry, "road tax", today.AddDays(10));

        var expiring = await Harness.Get<AssetDirectory>().ExpiringAsync(today, 30);

        Assert.Equal([("insurance", -2), ("road tax", 10)], expiring.Select(e => (e.Kind, e.DaysLeft)));
        Assert.Equal("WXY 1234", expiring[0].Code);
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.SetDocumentAsync(bin, "road tax", today));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.SetDocumentAsync(lorry, "licence", today));
    }
}
