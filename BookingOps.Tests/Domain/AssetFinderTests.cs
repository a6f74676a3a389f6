using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class AssetFinderTests : DomainTest
{
    private int tan;
    private int bina;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        tan = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Tan Construction"));
        bina = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Bina Jaya"));
    }

    private Task<int> AssetAsync(AssetKind kind, string code, string? size = null, string? area = null, string? description = null) =>
        Harness.Get<AssetService>().CreateAsync(new AssetInput { Kind = kind, Code = code, Size = size, Area = area, Description = description });

    private Task<int> BookingAsync(int customer, int day, int hour, int hours = 4, string? area = null, params AssetRequirementInput[] equipment)
    {
        var input = BookingInputs.Valid(customer, new DateTime(2026, 12, day, hour, 0, 0));
        input.End = input.Start.AddHours(hours);
        input.Area = area;
        input.AssetRequirements = [.. equipment];
        return Harness.Get<BookingService>().CreateAsync(input);
    }

    private async Task<IReadOnlyList<string>> FreeAsync(int booking, string type, string? size = null) =>
        (await Harness.Get<AssetFinder>().AvailableAsync(booking, type, size)).Select(a => a.Code).ToList();

    private Task<int> AssignAsync(int booking, int asset) => Harness.Get<AssetAssignmentService>().AssignAsync(booking, asset, null, actorIsAdmin: false);

    [Fact]
    public async Task Only_bins_of_the_size_asked_for_are_offered_and_the_size_may_be_typed_any_way()
    {
        await AssetAsync(AssetKind.Bin, "B-1", "4×12×6 ft");
        await AssetAsync(AssetKind.Bin, "B-2", "3×10×6 ft");
        await AssetAsync(AssetKind.Equipment, "E-1", "4×12×6 ft");
        var booking = await BookingAsync(tan, 12, 9);

        Assert.Equal(["B-1"], await FreeAsync(booking, "bin", "4 x 12 x 6"));
        Assert.Equal(["B-1", "B-2"], await FreeAsync(booking, "Bins"));
        Assert.Empty(await FreeAsync(booking, "bin", "5×5×5"));
        Assert.Empty(await FreeAsync(booking, " "));
    }

    [Fact]
    public async Task Busy_in_repair_elsewhere_expired_inactive_or_already_on_the_booking_are_left_out()
    {
        var busy = await AssetAsync(AssetKind.Bin, "B-BUSY", "4×12×6");
        var repair = await AssetAsync(AssetKind.Bin, "B-REPAIR", "4×12×6");
        var elsewhere = await AssetAsync(AssetKind.Bin, "B-BINA", "4×12×6");
        var withTan = await AssetAsync(AssetKind.Bin, "B-TAN", "4×12×6");
        var onIt = await AssetAsync(AssetKind.Bin, "B-ON", "4×12×6");
        await AssetAsync(AssetKind.Bin, "B-FREE", "4×12×6");
        var assets = Harness.Get<AssetService>();
        await assets.UpdateAsync(await AssetAsync(AssetKind.Bin, "B-OFF", "4×12×6"), new AssetInput { Kind = AssetKind.Bin, Code = "B-OFF", Size = "4×12×6", IsActive = false });
        await assets.MoveBinAsync(repair, 0, BinState.Assigned, null, null, null, null);
        await assets.MoveBinAsync(repair, 1, BinState.WithCustomer, bina, null, null, null);
        await assets.MoveBinAsync(repair, 2, BinState.Collected, null, null, null, null);
        await assets.MoveBinAsync(repair, 3, BinState.Repair, null, null, null, null);
        await assets.MoveBinAsync(elsewhere, 0, BinState.Assigned, null, null, null, null);
        await assets.MoveBinAsync(elsewhere, 1, BinState.WithCustomer, bina, null, null, null);
        await assets.MoveBinAsync(withTan, 0, BinState.Assigned, null, null, null, null);
        await assets.MoveBinAsync(withTan, 1, BinState.WithCustomer, tan, null, null, null);
        var booking = await BookingAsync(tan, 12, 9);
        await AssignAsync(await BookingAsync(bina, 12, 13, hours: 2), busy);
        await AssignAsync(booking, onIt);

        Assert.Equal(["B-FREE", "B-TAN"], await FreeAsync(booking, "bin"));
    }

    [Fact]
    public async Task The_buffer_counts_and_a_cancelled_booking_frees_its_assets()
    {
        var bin = await AssetAsync(AssetKind.Bin, "B-1", "4×12×6");
        var before = await BookingAsync(bina, 12, 5, hours: 4);
        await AssignAsync(before, bin);

        Assert.Empty(await FreeAsync(await BookingAsync(tan, 12, 9, hours: 2), "bin"));
        Assert.Equal(["B-1"], await FreeAsync(await BookingAsync(tan, 12, 10, hours: 2), "bin"));

        await Harness.Get<BookingService>().CancelAsync(before, 0, "Site closed");
        Assert.Equal(["B-1"], await FreeAsync(await BookingAsync(tan, 12, 9, hours: 2), "bin"));
    }

    [Fact]
    public async Task A_vehicle_whose_document_lapses_before_the_last_day_is_left_out_and_lorries_include_hired_ones()
    {
        var own = await AssetAsync(AssetKind.Vehicle, "WXY 1");
        await AssetAsync(AssetKind.ExternalLorry, "HIRE 2");
        var oneDay = await BookingAsync(tan, 12, 9);
        var twoDays = await BookingAsync(tan, 20, 9, hours: 30);
        await Harness.Get<AssetService>().SetDocumentAsync(own, "road tax", new DateOnly(2026, 12, 20));

        Assert.Equal(["HIRE 2", "WXY 1"], await FreeAsync(oneDay, "lorry"));
        Assert.Equal(["HIRE 2"], await FreeAsync(twoDays, "lorry"));
        Assert.Empty(await FreeAsync(twoDays, "vehicle"));
    }

    [Fact]
    public async Task Equipment_is_found_by_what_it_is_and_best_fits_come_first()
    {
        await AssetAsync(AssetKind.Equipment, "PA-1", description: "Yamaha sound system 2 kW", area: "Klang");
        await AssetAsync(AssetKind.Equipment, "PA-2", description: "JBL Sound System 1 kW", area: "Petaling Jaya");
        await AssetAsync(AssetKind.Equipment, "PA-3", description: "Mini sound system", area: "Petaling Jaya");
        await AssetAsync(AssetKind.Equipment, "LT-1", description: "Lighting rig 50% dimmable", area: "Petaling Jaya");
        var busyWeek = await BookingAsync(bina, 10, 9);
        await AssignAsync(busyWeek, (await Harness.Get<AssetDirectory>().FindByCodeAsync("pa-2"))!.Id);
        var booking = await BookingAsync(tan, 12, 9, area: "Petaling Jaya");

        var found = await Harness.Get<AssetFinder>().AvailableAsync(booking, "Sound System", null);

        Assert.Equal(["PA-3", "PA-2", "PA-1"], found.Select(a => a.Code));
        Assert.Equal((true, 0d), (found[0].SameArea, found[0].HoursBookedThatWeek));
        Assert.Equal((true, 4d), (found[1].SameArea, found[1].HoursBookedThatWeek));
        Assert.Empty(await FreeAsync(booking, "50_"));
        Assert.Equal(["LT-1"], await FreeAsync(booking, "50%"));
    }

    [Fact]
    public async Task The_booking_and_the_board_show_equipment_still_missing()
    {
        var big = await AssetAsync(AssetKind.Bin, "B-BIG", "4×12×6 ft");
        await AssetAsync(AssetKind.Bin, "B-SMALL", "3×10×6 ft");
        var booking = await BookingAsync(
            tan, 12, 9, 4, null,
            new AssetRequirementInput { AssetType = "bin", Size = "4x12x6", Count = 2 },
            new AssetRequirementInput { AssetType = "lorry", Count = 1 });
        await AssignAsync(booking, big);

        var gaps = await Harness.Get<AssetDirectory>().EquipmentAsync(booking);

        Assert.Equal([new EquipmentGap("bin", "4x12x6", 2, 1), new EquipmentGap("lorry", null, 1, 0)], gaps);
        var board = await Harness.Get<BoardQuery>().GetAssetsAsync(new DateOnly(2026, 12, 7), 14);
        var unfilled = Assert.Single(board.Unfilled);
        Assert.Equal((booking, 2), (unfilled.BookingId, unfilled.Equipment.Count));
        Assert.Empty(unfilled.People);
    }
}
