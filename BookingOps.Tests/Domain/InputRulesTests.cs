using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Inquiries;
using BookingOps.Tests.Infrastructure;
using BookingOps.Web.Components.Account;

namespace BookingOps.Tests.Domain;

/// <summary>Cross-field rules of the input models, each refused beside the field it concerns.</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("/customers/12", "/customers/12")]
    [InlineData("/bookings?status=2", "/bookings?status=2")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("customers", "/")]
    public void Sign_in_only_returns_to_a_path_on_this_site(string? requested, string expected)
    {
        Assert.Equal(expected, ReturnUrl.Safe(requested));
    }

    [Fact]
    public void A_booking_longer_than_a_year_is_refused_at_its_end()
    {
        var input = BookingInputs.Valid(1);
        input.End = input.Start.AddDays(367);

        Assert.Equal(["End"], InputValidation.Collect(input).Keys);
    }

    [Theory]
    [InlineData(1000, 1, 1)]
    [InlineData(1999, 12, 31)]
    [InlineData(2101, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Every_typed_date_and_date_time_outside_2000_to_2100_is_refused_beside_its_field(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var booking = BookingInputs.Valid(1);
        (booking.DepositDueDate, booking.FinalDueDate, booking.HoldUntil) = (date, date, date.ToDateTime(new TimeOnly(12, 0)));
        var invoice = new BookingOps.Domain.Billing.InvoiceInput { DueDate = date };
        var payment = new BookingOps.Domain.Billing.PaymentInput { ReceivedOn = date };

        Assert.Equal(["Choose a date between 2000 and 2100."], InputValidation.Collect(booking)["DepositDueDate"]);
        Assert.Contains("FinalDueDate", InputValidation.Collect(booking).Keys);
        Assert.Contains("HoldUntil", InputValidation.Collect(booking).Keys);
        Assert.Contains("DueDate", InputValidation.Collect(invoice).Keys);
        Assert.Contains("ReceivedOn", InputValidation.Collect(payment).Keys);
    }

    [Theory]
    [InlineData(2000, 1, 1)]
    [InlineData(2100, 12, 31)]
    public void The_first_and_last_days_of_the_range_are_accepted(int year, int month, int day)
    {
        var payment = new BookingOps.Domain.Billing.PaymentInput { ReceivedOn = new DateOnly(year, month, day) };

        Assert.DoesNotContain("ReceivedOn", InputValidation.Collect(payment).Keys);
    }

    [Fact]
    public void A_line_of_100000_at_10000000_each_is_refused_at_its_price()
    {
        var input = BookingInputs.Valid(1);
        input.PriceLines = [new PriceLineInput { Description = "Bins", Quantity = 100_000m, UnitPrice = 10_000_000m }];

        Assert.Equal(["A line can come to at most 10,000,000 (quantity × unit price)."], InputValidation.Collect(input)["PriceLines[0].UnitPrice"]);
    }

    [Fact]
    public void Lines_that_together_pass_100_million_are_refused_for_the_booking_and_the_invoice()
    {
        var lines = Enumerable.Range(0, 11).Select(i => new PriceLineInput { Description = $"Stage {i}", Quantity = 1m, UnitPrice = 9_000_000m, TaxRatePercent = 6m }).ToList();
        var booking = BookingInputs.Valid(1);
        booking.PriceLines = lines;
        var invoice = new BookingOps.Domain.Billing.InvoiceInput { CustomerId = 1, Lines = lines };

        Assert.Equal(["The total can be at most 100,000,000; check the quantities and prices."], InputValidation.Collect(booking)["PriceLines"]);
        Assert.Equal(["The total can be at most 100,000,000; check the quantities and prices."], InputValidation.Collect(invoice)["Lines"]);
        booking.PriceLines = lines[..10];
        Assert.DoesNotContain("PriceLines", InputValidation.Collect(booking).Keys);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000000000000")]
    public void A_payment_of_nothing_or_a_trillion_is_refused_naming_both_limits(string amount)
    {
        var payment = new BookingOps.Domain.Billing.PaymentInput { Amount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), ReceivedOn = TestTime.Today };

        Assert.Equal(["The amount must be more than 0 and at most 100,000,000."], InputValidation.Collect(payment)["Amount"]);
    }

    [Fact]
    public void The_final_payment_cannot_be_due_before_the_deposit()
    {
        var input = BookingInputs.Valid(1);
        input.FinalDueDate = input.DepositDueDate!.Value.AddDays(-1);

        Assert.Equal(["FinalDueDate"], InputValidation.Collect(input).Keys);
    }

    [Fact]
    public void A_booking_has_at_most_100_price_lines_and_a_deposit_percentage_at_most_100()
    {
        var input = BookingInputs.Valid(1);
        input.PriceLines = Enumerable.Range(0, 101).Select(i => new PriceLineInput { Description = $"Line {i}", Quantity = 1, UnitPrice = 1 }).ToList();
        input.DepositKind = DepositKind.Percent;
        input.DepositValue = 100.5m;

        Assert.Equal(["DepositValue", "PriceLines"], InputValidation.Collect(input).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_inquiry_end_needs_a_start()
    {
        var input = new InquiryInput { CustomerId = 1, EventType = "Show", RequestedEnd = new DateTime(2027, 1, 1, 12, 0, 0) };

        Assert.Equal(["RequestedStart"], InputValidation.Collect(input).Keys);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ,")]
    public void A_crew_member_needs_at_least_one_role(string roles)
    {
        var input = new CrewMemberInput { Name = "Aina", Phone = "012-555 1234", Roles = roles.Length == 0 ? [] : [.. roles.Split(',')] };

        Assert.Equal(["Roles"], InputValidation.Collect(input).Keys);
    }

    [Fact]
    public void An_assets_kind_cannot_change()
    {
        var bin = Asset.Create(new AssetInput { Kind = AssetKind.Bin, Code = "B-1", Size = "4×12×6 ft" });

        var refusal = Assert.Throws<DomainValidationException>(() => bin.Apply(new AssetInput { Kind = AssetKind.Vehicle, Code = "B-1" }));

        Assert.Equal(["Kind"], refusal.Errors.Keys);
    }
}
