using BookingOps.Domain.Crew;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Reports;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>What the report filters offer, over the delivery week (orders in Klang and Shah Alam, bookings in Putrajaya).</summary>
public sealed class ReportFilterOptionsTests : DeliveryWeekTest
{
    [Fact]
    public async Task Areas_come_from_bookings_orders_and_assets_once_each_whatever_their_case()
    {
        await Harness.Get<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "VAN 0001", Area = "klang" });
        await Harness.Get<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Vehicle, Code = "VAN 0002", Area = "Seremban" });

        var areas = await Harness.Get<ReportFilterOptions>().AreasAsync();

        Assert.Equal(["klang", "Putrajaya", "Seremban", "Shah Alam"], areas.Select(a => a.Equals("Klang", StringComparison.OrdinalIgnoreCase) ? "klang" : a));
    }

    [Fact]
    public async Task Drivers_are_those_who_have_had_orders_by_name_not_every_crew_member_with_the_role()
    {
        await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { Name = "Aziz New", Roles = [CrewRoles.Driver], Phone = "012-555 3999" });

        var drivers = await Harness.Get<ReportFilterOptions>().DriversAsync();

        Assert.Equal([(Dan, "Dan Hakim"), (Ravi, "Ravi Kumar")], drivers.Select(d => (d.Id, d.Text)));
    }
}
