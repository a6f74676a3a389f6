using BookingOps.Domain.Common;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class BusinessSettingsTests : DomainTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
    }

    [Fact]
    public async Task Settings_are_saved_and_a_stale_form_is_refused()
    {
        var service = Harness.Get<BusinessSettingsService>();
        var first = BusinessProfileInput.From((await service.GetAsync())!);
        var stale = BusinessProfileInput.From((await service.GetAsync())!);

        first.TaxRatePercent = 0m;
        first.PaymentTermsDays = 30;
        await service.UpdateAsync(first);
        stale.Name = "Overwritten";

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.UpdateAsync(stale));
        var saved = (await service.GetAsync())!;
        Assert.Equal(0m, saved.TaxRatePercent);
        Assert.Equal(30, saved.PaymentTermsDays);
        Assert.Equal("Kilat Bins Sdn Bhd", saved.Name);
    }

    [Theory]
    [InlineData(-0.5, nameof(BusinessProfileInput.TaxRatePercent))]
    [InlineData(100.01, nameof(BusinessProfileInput.TaxRatePercent))]
    [InlineData(6.12345, nameof(BusinessProfileInput.TaxRatePercent))]
    public async Task Tax_rates_outside_0_to_100_or_too_precise_are_refused(double rate, string field)
    {
        var service = Harness.Get<BusinessSettingsService>();
        var form = BusinessProfileInput.From((await service.GetAsync())!);
        form.TaxRatePercent = (decimal)rate;

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(form));

        Assert.Equal([field], refusal.Errors.Keys);
        Assert.Equal(6m, (await service.GetAsync())!.TaxRatePercent);
    }
}
