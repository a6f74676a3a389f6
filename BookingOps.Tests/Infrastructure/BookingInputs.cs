using BookingOps.Domain.Bookings;

namespace BookingOps.Tests.Infrastructure;

public static class BookingInputs
{
    /// <summary>The default show's start: three weeks after the pinned today, 19:00 business time (12 Dec 2026).</summary>
    public static DateTime ShowStart { get; } = TestTime.At(21, 19);

    /// <summary>
    /// A 4-hour wedding show (by default at <see cref="ShowStart"/>) with one priced line of 2,500.00 + 6 %
    /// tax, a 30 % deposit due in 9 days (30 Nov 2026) and the rest 2 days before the show (10 Dec 2026).
    /// </summary>
    public static BookingInput Valid(int customerId, DateTime? start = null) => new()
    {
        CustomerId = customerId,
        ServiceType = "Wedding dance show",
        Start = start ?? ShowStart,
        End = (start ?? ShowStart).AddHours(4),
        Address = "Dewan Seri Endon, Putrajaya",
        Area = "Putrajaya",
        State = "WP Putrajaya",
        RoleRequirements = [new() { Role = "dancer", Count = 2 }, new() { Role = "driver", Count = 1 }],
        AssetRequirements = [new() { AssetType = "sound system", Size = "medium", Count = 1 }],
        PriceLines = [new() { Description = "Dance show, 4 dancers", Quantity = 1, UnitPrice = 2_500m, TaxRatePercent = 6m }],
        DepositKind = DepositKind.Percent,
        DepositValue = 30m,
        DepositDueDate = TestTime.Today.AddDays(9),
        FinalDueDate = TestTime.Today.AddDays(19),
    };
}
