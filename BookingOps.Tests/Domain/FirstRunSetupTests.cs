using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Domain;

public sealed class FirstRunSetupTests : DomainTest
{
    public static SetupInput ValidInput() => new()
    {
        Business = new BusinessProfileInput
        {
            Name = "Kilat Bins Sdn Bhd",
            RegistrationNumber = "201901234567",
            CurrencyCode = "myr",
            TaxName = "SST",
            TaxRatePercent = 6m,
            TimeZoneId = TestTime.ZoneId,
        },
        AdminName = "Farid Kilat",
        AdminEmail = "farid@kilatbins.my",
        AdminPassword = "a long enough passphrase",
        ConfirmPassword = "a long enough passphrase",
    };

    [Fact]
    public async Task Setup_creates_the_business_and_an_admin_who_can_sign_in()
    {
        await using var scope = Harness.Scope();
        var setup = scope.ServiceProvider.GetRequiredService<FirstRunSetup>();
        Assert.False(await setup.IsCompleteAsync());

        var admin = await setup.CompleteAsync(ValidInput());

        Assert.True(await setup.IsCompleteAsync());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "a long enough passphrase"));
        var profile = await Harness.Get<BusinessSettingsService>().GetAsync();
        Assert.Equal("Kilat Bins Sdn Bhd", profile!.Name);
        Assert.Equal("MYR", profile.CurrencyCode);
        Assert.Equal(Harness.Clock.GetUtcNow(), profile.SetupCompletedAt);
    }

    [Fact]
    public async Task Setup_runs_once_only()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(ValidInput());
        var again = ValidInput();
        again.AdminEmail = "intruder@example.test";

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<FirstRunSetup>().CompleteAsync(again));

        Assert.Equal("Setup has already been completed.", refusal.Message);
        await using var db = Harness.Db();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Bad_business_and_account_input_is_reported_per_field_and_nothing_is_saved()
    {
        var input = ValidInput();
        input.Business.CurrencyCode = "RM";
        input.Business.TaxRatePercent = 101m;
        input.Business.TimeZoneId = "Mars/Olympus_Mons";
        input.Business.Email = "not an email";
        input.AdminPassword = "short";
        input.ConfirmPassword = "different";

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<FirstRunSetup>().CompleteAsync(input));

        Assert.Equal(
            ["AdminPassword", "Business.CurrencyCode", "Business.Email", "Business.TaxRatePercent", "Business.TimeZoneId", "ConfirmPassword"],
            refusal.Errors.Keys.Order(StringComparer.Ordinal));
        await using var db = Harness.Db();
        Assert.Equal(0, await db.BusinessProfiles.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Setup_with_demo_data_fills_the_customer_list()
    {
        var input = ValidInput();
        input.LoadDemoData = true;

        await Harness.Get<FirstRunSetup>().CompleteAsync(input);

        var customers = await Harness.Get<BookingOps.Domain.Customers.CustomerDirectory>()
            .ListAsync(new BookingOps.Domain.Customers.CustomerListQuery(null, false, new BookingOps.Domain.Common.PageRequest()));
        Assert.Equal(BookingOps.Domain.DemoData.DemoDataOptions.Showcase.Customers, customers.TotalCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(8.25)]
    public async Task Any_tax_rate_from_0_to_100_is_accepted(double rate)
    {
        var input = ValidInput();
        input.Business.TaxRatePercent = (decimal)rate;

        await Harness.Get<FirstRunSetup>().CompleteAsync(input);

        Assert.Equal((decimal)rate, (await Harness.Get<BusinessSettingsService>().GetAsync())!.TaxRatePercent);
    }
}
