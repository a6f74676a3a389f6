using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Inquiries;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class InquiryServiceTests : DomainTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
    }

    private static InquiryInput Input(int? customerId = null, CustomerInput? newCustomer = null) => new()
    {
        CustomerId = customerId,
        NewCustomer = newCustomer,
        Source = "WhatsApp",
        EventType = "Corporate dinner show",
        RequestedStart = new DateTime(2027, 2, 14, 20, 0, 0),
        RequestedEnd = new DateTime(2027, 2, 14, 23, 30, 0),
        Address = "Grand Ballroom, KLCC",
        Area = "Kuala Lumpur",
        State = "WP Kuala Lumpur",
        Notes = "Needs lion dance opening.",
    };

    [Fact]
    public async Task A_new_caller_becomes_a_customer_together_with_the_inquiry()
    {
        var id = await Harness.Get<InquiryService>().CreateAsync(Input(newCustomer: CustomerInputs.Valid(name: "Petronas Events Club")));

        var inquiry = (await Harness.Get<InquiryDirectory>().FindAsync(id))!;
        var customer = (await Harness.Get<CustomerDirectory>().FindAsync(inquiry.CustomerId))!;
        Assert.Equal("Petronas Events Club", customer.Name);
        Assert.Equal(InquiryStatus.New, inquiry.Status);
        Assert.Equal(new DateTimeOffset(2027, 2, 14, 12, 0, 0, TimeSpan.Zero), inquiry.RequestedStart);
    }

    [Fact]
    public async Task A_bad_new_customer_saves_neither_customer_nor_inquiry()
    {
        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() =>
            Harness.Get<InquiryService>().CreateAsync(Input(newCustomer: CustomerInputs.Valid(phone: "abc"))));

        Assert.Equal(["NewCustomer.Phone"], refusal.Errors.Keys);
        await using var db = Harness.Db();
        Assert.Equal(0, await db.Customers.CountAsync());
        Assert.Equal(0, await db.Inquiries.CountAsync());
    }

    [Fact]
    public async Task An_inquiry_needs_a_customer_and_a_sane_time()
    {
        var input = Input();
        input.RequestedEnd = input.RequestedStart!.Value.AddHours(-2);

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<InquiryService>().CreateAsync(input));

        Assert.Equal(["CustomerId", "RequestedEnd"], refusal.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Quote_then_lose_with_a_reason_and_nothing_more_can_happen()
    {
        var service = Harness.Get<InquiryService>();
        var customerId = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var id = await service.CreateAsync(Input(customerId));

        await Assert.ThrowsAsync<DomainValidationException>(() => service.RecordQuoteAsync(id, 0, -10m));
        await service.RecordQuoteAsync(id, 0, 4_800.005m);
        Assert.Equal((InquiryStatus.Quoted, 4_800.01m), ((await Harness.Get<InquiryDirectory>().FindAsync(id))!.Status, (await Harness.Get<InquiryDirectory>().FindAsync(id))!.QuoteAmount));
        await Assert.ThrowsAsync<DomainValidationException>(() => service.MarkLostAsync(id, 1, ""));
        await service.MarkLostAsync(id, 1, "Went with a cheaper troupe");

        var lost = (await Harness.Get<InquiryDirectory>().FindAsync(id))!;
        Assert.Equal((InquiryStatus.Lost, "Went with a cheaper troupe"), (lost.Status, lost.LostReason));
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.ConvertToBookingAsync(id, 2));
    }

    [Fact]
    public async Task Converting_carries_every_field_into_a_tentative_booking()
    {
        var service = Harness.Get<InquiryService>();
        var customerId = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var id = await service.CreateAsync(Input(customerId));
        await service.RecordQuoteAsync(id, 0, 4_800m);

        var bookingId = await service.ConvertToBookingAsync(id, 1);

        var inquiry = (await Harness.Get<InquiryDirectory>().FindAsync(id))!;
        var booking = (await Harness.Get<BookingDirectory>().FindAsync(bookingId))!;
        Assert.Equal((InquiryStatus.Won, bookingId), (inquiry.Status, inquiry.BookingId));
        Assert.Equal(BookingStatus.Tentative, booking.Status);
        Assert.Equal(inquiry.CustomerId, booking.CustomerId);
        Assert.Equal("Corporate dinner show", booking.ServiceType);
        Assert.Equal((inquiry.RequestedStart, inquiry.RequestedEnd), (booking.StartsAt, (DateTimeOffset?)booking.EndsAt));
        Assert.Equal(("Grand Ballroom, KLCC", "Kuala Lumpur", "WP Kuala Lumpur"), (booking.Address, booking.Area, booking.State));
        Assert.Equal("Needs lion dance opening.", booking.Notes);
        var line = Assert.Single(booking.PriceLines);
        Assert.Equal((4_800m, 6m, 5_088m), (line.UnitPrice, line.TaxRatePercent, booking.Total));
        Assert.Equal((DepositKind.Percent, 30m), (booking.DepositKind, booking.DepositValue));

        // The hold lapses like a new booking's: three days on, from the next whole hour.
        Assert.Equal(TestTime.Instant(TestTime.At(3, 11)), booking.HoldExpiresAt);
        var form = BookingInput.From(booking, TestTime.Zone);
        Assert.Equal(["1", "4800", "6"], new[] { form.PriceLines[0].Quantity, form.PriceLines[0].UnitPrice, form.PriceLines[0].TaxRatePercent }.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.ConvertToBookingAsync(id, inquiry.Version));
    }

    [Fact]
    public async Task An_inquiry_without_a_date_cannot_be_converted_and_stays_open()
    {
        var service = Harness.Get<InquiryService>();
        var customerId = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var input = Input(customerId);
        input.RequestedStart = null;
        input.RequestedEnd = null;
        var id = await service.CreateAsync(input);

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => service.ConvertToBookingAsync(id, 0));

        Assert.Contains("requested date", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(InquiryStatus.New, (await Harness.Get<InquiryDirectory>().FindAsync(id))!.Status);
        await using var db = Harness.Db();
        Assert.Equal(0, await db.Bookings.CountAsync());
    }

    [Fact]
    public async Task An_open_inquiry_can_be_corrected_but_a_closed_one_is_kept_as_it_was()
    {
        var service = Harness.Get<InquiryService>();
        var customerId = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var id = await service.CreateAsync(Input(customerId));
        var form = InquiryInput.From((await Harness.Get<InquiryDirectory>().FindAsync(id))!, TestTime.Zone);
        Assert.Equal(new DateTime(2027, 2, 14, 20, 0, 0), form.RequestedStart);

        form.EventType = "Gala dinner show";
        await service.UpdateAsync(id, form);
        Assert.Equal("Gala dinner show", (await Harness.Get<InquiryDirectory>().FindAsync(id))!.EventType);

        await service.MarkLostAsync(id, 1, "Chose another date");
        form.Version = 2;
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.UpdateAsync(id, form));
        // From a stale page, the user hears what happened to the inquiry rather than a bare conflict.
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() => service.RecordQuoteAsync(id, 1, 100m));
        Assert.Equal("An inquiry that is lost cannot be quoted.", stale.Message);
    }

    [Fact]
    public async Task The_open_list_shows_new_and_quoted_inquiries_newest_first()
    {
        var service = Harness.Get<InquiryService>();
        var customerId = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var first = await service.CreateAsync(Input(customerId));
        Harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await service.CreateAsync(Input(customerId));
        Harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var lost = await service.CreateAsync(Input(customerId));
        await service.MarkLostAsync(lost, 0, "No budget");

        var open = await Harness.Get<InquiryDirectory>().ListAsync(null, new PageRequest());
        var lostOnly = await Harness.Get<InquiryDirectory>().ListAsync(InquiryStatus.Lost, new PageRequest());

        Assert.Equal([second, first], open.Items.Select(i => i.Id));
        Assert.Equal([lost], lostOnly.Items.Select(i => i.Id));
    }
}
