using BookingOps.Domain.Bookings;

namespace BookingOps.Tests.Infrastructure;

public static class BookingInputs
{
    /// <summary>A 4-hour wedding show on 12 Dec 2026, 19:00 business time, with one priced line.</summary>
    public static BookingInput Valid(int customerId, DateTime? start = null) => new()
    {
        CustomerId = customerId,
        ServiceType = "Wedding dance show",
        Start = start ?? new DateTime(2026, 12, 12, 19, 0, 0),
        End = (start ?? new DateTime(2026, 12, 12, 19, 0, 0)).AddHours(4),
        Address = "Dewan Seri Endon, Putrajaya",
        Area = "Putrajaya",
        State = "WP Putrajaya",
        RoleRequirements = [new() { Role = "dancer", Count = 2 }, new() { Role = "driver", Count = 1 }],
        AssetRequirements = [new() { AssetType = "sound system", Size = "medium", Count = 1 }],
        PriceLines = [new() { Description = "Dance show, 4 dancers", Quantity = 1, UnitPrice = 2_500m, TaxRatePercent = 6m }],
        DepositKind = DepositKind.Percent,
        DepositValue = 30m,
        DepositDueDate = new DateOnly(2026, 11, 30),
        FinalDueDate = new DateOnly(2026, 12, 10),
    };
}
