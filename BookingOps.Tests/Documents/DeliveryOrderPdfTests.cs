using BookingOps.Domain.Billing;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Documents;

namespace BookingOps.Tests.Documents;

/// <summary>The printed delivery order, as pdftotext reads it back. Run with BOOKINGOPS_PDF_OUT=/some/folder to look at the pages.</summary>
public sealed class DeliveryOrderPdfTests
{
    private static readonly DateTimeOffset Printed = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    private static DeliveryOrderDocument Order() => new(
        new DocumentHeader("Syarikat Tong Sampah Maju", "202401012345", "SST", null, ["Lot 5, Jalan Klang Lama", "58000 Kuala Lumpur"], "+60 3-7788 9900", null, null),
        "Delivery order",
        "DO-2026-00045",
        "A 0456",
        new DateOnly(2026, 12, 3),
        new DocumentParty("陈伟明 Construction", "Tan Wei Ming", ["12, Jalan Kenari 3", "47100 Puchong"], "+60 12-345 6789", null, null),
        "Lot 12, Jalan Industri 3, Klang (Klang)",
        "Dan Hakim",
        "WXY 1234",
        "B-0042 (20 yd³)",
        7,
        1850.5m,
        [
            new DeliveryOrderLine { Description = "Construction waste", Quantity = 2, Unit = "trip", UnitPrice = 350m, Amount = 700m },
            new DeliveryOrderLine { Description = "Disposal fee", Quantity = 1.85m, Unit = "tonne", UnitPrice = 80m, Amount = 148m },
        ],
        848m,
        "Cash",
        848m,
        "MYR",
        "Gate code 4711; call before arriving.");

    [Theory]
    [InlineData(PaperFormat.A4, "delivery-order-a4")]
    [InlineData(PaperFormat.Thermal, "delivery-order-slip")]
    public void The_order_prints_its_numbers_people_lines_amounts_and_lines_to_sign(PaperFormat format, string name)
    {
        var pdf = DeliveryOrderPdf.Render(Order(), format, Printed);

        var pages = Poppler.Render(pdf, name);
        var text = Poppler.Text(pdf);

        Assert.Single(pages);
        Assert.Matches(@"DO number\s+DO-2026-00045", text);
        Assert.Matches(@"Book\s+A 0456", text);
        Assert.Contains("陈伟明 Construction", text, StringComparison.Ordinal);
        Assert.Contains("B-0042 (20 yd³)", text, StringComparison.Ordinal);
        Assert.Matches(@"Weight\s+1850.5 kg", text);
        Assert.Contains("Disposal fee", text, StringComparison.Ordinal);
        Assert.Matches(@"Total \(MYR\)\s+848.00", text);
        Assert.Matches(@"Payment\s+Cash, 848.00", text);
        Assert.Contains("Customer (name and signature)", text, StringComparison.Ordinal);
    }
}
