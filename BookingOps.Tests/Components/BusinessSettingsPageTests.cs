using Bunit;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Documents;
using BookingOps.Tests.Domain;
using BookingOps.Web.Components.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>The settings page on a real database: changing the logo keeps what is typed in the form.</summary>
public sealed class BusinessSettingsPageTests : DomainComponentTest
{

    protected override async Task ArrangeAsync()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        Use<BusinessSettingsService>();
        Use<BusinessLogo>();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Uploading_or_removing_the_logo_keeps_unsaved_edits_which_then_save(bool upload)
    {
        if (!upload)
        {
            await Harness.Get<BusinessLogo>().SaveAsync(new MemoryStream(PdfSampleTests.Logo()));
        }

        var page = Render<BusinessSettings>();
        page.WaitForElement("#settings-name");
        page.Find("#settings-name").Change("Kilat Bins Renamed");

        if (upload)
        {
            page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>().UploadFiles(InputFileContent.CreateFromBinary(PdfSampleTests.Logo(), "logo.png"));
            page.WaitForElement("#logo-preview");
        }
        else
        {
            page.Find("#remove-logo").Click();
            page.WaitForAssertion(() => Assert.Empty(page.FindAll("#logo-preview")));
        }

        Assert.Equal("Kilat Bins Renamed", page.Find("#settings-name").GetAttribute("value"));
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal("Kilat Bins Renamed", Harness.Get<BusinessSettingsService>().GetAsync().GetAwaiter().GetResult()!.Name));
        Assert.Equal(upload, (await Harness.Get<BusinessSettingsService>().GetAsync())!.LogoFileName is not null);
    }
}
