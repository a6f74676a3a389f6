using BookingOps.Domain.Bookings;
using BookingOps.Domain.Setup;

namespace BookingOps.Tests.Domain;

public sealed class NewBookingFormTests : DomainTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var setup = FirstRunSetupTests.ValidInput();
        setup.Business.DefaultDepositPercent = 25m;
        await Harness.Get<FirstRunSetup>().CompleteAsync(setup);
    }

    [Fact]
    public async Task A_new_booking_starts_tomorrow_at_ten_held_from_the_next_whole_hour_with_the_business_tax_rate_and_deposit()
    {
        Harness.Clock.SetUtcNow(TestTime.Instant(TestTime.At(0, 14, 25)));

        var form = await Harness.Get<NewBookingForm>().CreateAsync(customerId: 7);

        Assert.Equal((7, TestTime.At(1, 10), TestTime.At(1, 14)), (form.CustomerId, form.Start, form.End));
        Assert.Equal(TestTime.At(3, 15), form.HoldUntil);
        Assert.Equal((DepositKind.Percent, 25m), (form.DepositKind, form.DepositValue));
        var line = Assert.Single(form.PriceLines);
        var added = await Harness.Get<NewBookingForm>().NewLineAsync();
        Assert.Equal("1 6 1 6 25", string.Join(' ', new[] { line.Quantity, line.TaxRatePercent, added.Quantity, added.TaxRatePercent, form.DepositValue }
            .Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task A_start_picked_on_the_calendar_is_kept()
    {
        var form = await Harness.Get<NewBookingForm>().CreateAsync(0, TestTime.At(5, 8, 30));

        Assert.Equal((TestTime.At(5, 8, 30), TestTime.At(5, 12, 30)), (form.Start, form.End));
    }

    [Fact]
    public async Task Numbers_read_back_from_the_database_show_as_typed()
    {
        var customer = await Harness.Get<BookingOps.Domain.Customers.CustomerService>().CreateAsync(CustomerInputs.Valid());
        var input = BookingInputs.Valid(customer);
        input.PriceLines[0].Quantity = 2m;
        input.PriceLines[0].UnitPrice = 4_200m;
        var id = await Harness.Get<BookingService>().CreateAsync(input);

        var form = BookingInput.From((await Harness.Get<BookingDirectory>().FindAsync(id))!, TestTime.Zone);

        var line = form.PriceLines[0];
        var crew = await Harness.Get<BookingOps.Domain.Crew.CrewService>().CreateAsync(new BookingOps.Domain.Crew.CrewMemberInput { Name = "Aina", Roles = ["dancer"], Phone = "012-888 1234", DefaultRate = 120m });
        var person = BookingOps.Domain.Crew.CrewMemberInput.From((await Harness.Get<BookingOps.Domain.Crew.CrewDirectory>().FindAsync(crew))!);
        var settings = BookingOps.Domain.Settings.BusinessProfileInput.From((await Harness.Get<BookingOps.Domain.Settings.BusinessSettingsService>().GetAsync())!);
        Assert.Equal("2 4200 0 6 30 120 6 25", string.Join(' ', new[] { line.Quantity, line.UnitPrice, line.DiscountPercent, line.TaxRatePercent, form.DepositValue, person.DefaultRate, settings.TaxRatePercent, settings.DefaultDepositPercent }
            .Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
