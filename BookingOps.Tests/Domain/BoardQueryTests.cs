using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class BoardQueryTests : DomainTest
{
    [Fact]
    public async Task The_board_places_jobs_on_their_local_days_and_lists_what_is_still_needed()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var crew = Harness.Get<CrewService>();
        var aina = await crew.CreateAsync(new CrewMemberInput { Name = "Aina", Roles = ["dancer"], Phone = "012-555 2001" });
        await crew.CreateAsync(new CrewMemberInput { Name = "Dan", Roles = ["driver"], Phone = "012-555 2002" });
        var bookings = Harness.Get<BookingService>();

        // 23:00–03:00 local spans two days; the booking needs 2 dancers and 1 driver.
        var late = BookingInputs.Valid(customer, new DateTime(2026, 12, 14, 23, 0, 0));
        var show = await bookings.CreateAsync(late);
        await Harness.Get<CrewAssignmentService>().AssignAsync(new AssignCrewInput { BookingId = show, CrewMemberId = aina, Role = "dancer", Fee = 100m }, false);
        var clash = await bookings.CreateAsync(BookingInputs.Valid(customer, new DateTime(2026, 12, 15, 1, 0, 0)));
        await Harness.Get<CrewAssignmentService>().AssignAsync(
            new AssignCrewInput { BookingId = clash, CrewMemberId = aina, Role = "dancer", Fee = 100m, OverrideReason = "Aina leaves the first show early" }, true);
        var cancelled = await bookings.CreateAsync(BookingInputs.Valid(customer, new DateTime(2026, 12, 16, 10, 0, 0)));
        await bookings.CancelAsync(cancelled, 0, "Off");

        var board = await Harness.Get<BoardQuery>().GetAsync(new DateOnly(2026, 12, 14), 14);

        Assert.Equal(14, board.Days.Count);
        Assert.Equal(["Aina", "Dan"], board.Rows.Select(r => r.Name));
        var ainaRow = board.Rows[0];
        var first = Assert.Single(ainaRow.Days[new DateOnly(2026, 12, 14)]);
        Assert.Equal(("BKG-2026-00001", new DateTime(2026, 12, 14, 23, 0, 0), new DateTime(2026, 12, 15, 3, 0, 0), false), (first.Number, first.Start, first.End, first.IsOverridden));
        Assert.Equal(
            [("BKG-2026-00001", null), ("BKG-2026-00002", "Aina leaves the first show early")],
            ainaRow.Days[new DateOnly(2026, 12, 15)].Select(c => (c.Number, c.OverrideReason)));
        Assert.Empty(ainaRow.Days[new DateOnly(2026, 12, 16)]);
        Assert.Equal([(show, new DateOnly(2026, 12, 14)), (clash, new DateOnly(2026, 12, 15))], board.Unfilled.Select(u => (u.BookingId, u.Day)));
        Assert.Equal([new StaffingGap("dancer", 2, 1), new StaffingGap("driver", 1, 0)], board.Unfilled[0].People);

        var dancersOnly = await Harness.Get<BoardQuery>().GetAsync(new DateOnly(2026, 12, 14), 14, "Dancer");
        Assert.Equal(["Aina"], dancersOnly.Rows.Select(r => r.Name));
    }

    [Fact]
    public async Task The_equipment_board_shows_each_asset_on_its_jobs_days()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var assets = Harness.Get<BookingOps.Domain.Fleet.AssetService>();
        var lorry = await assets.CreateAsync(new BookingOps.Domain.Fleet.AssetInput { Kind = BookingOps.Domain.Fleet.AssetKind.Vehicle, Code = "WXY 1234" });
        await assets.CreateAsync(new BookingOps.Domain.Fleet.AssetInput { Kind = BookingOps.Domain.Fleet.AssetKind.Bin, Code = "B-1", Size = "4×12×6 ft" });
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer, new DateTime(2026, 12, 15, 9, 0, 0)));
        await Harness.Get<BookingOps.Domain.Fleet.AssetAssignmentService>().AssignAsync(booking, lorry, null, false);

        var board = await Harness.Get<BoardQuery>().GetAssetsAsync(new DateOnly(2026, 12, 14), 7);

        Assert.Equal(["WXY 1234", "B-1"], board.Rows.Select(r => r.Name));
        Assert.Equal("BKG-2026-00001", Assert.Single(board.Rows[0].Days[new DateOnly(2026, 12, 15)]).Number);
        Assert.All(board.Rows[1].Days.Values, day => Assert.Empty(day));
        var binsOnly = await Harness.Get<BoardQuery>().GetAssetsAsync(new DateOnly(2026, 12, 14), 7, BookingOps.Domain.Fleet.AssetKind.Bin);
        Assert.Equal(["B-1"], binsOnly.Rows.Select(r => r.Name));
    }
}
