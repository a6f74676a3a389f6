using Bunit;
using BookingOps.Domain.Common;
using BookingOps.Domain.Mail;
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
        Harness.Actor.Current = new Actor("admin-1", "owner@example.test", IsAdmin: true);
        Use<BusinessSettingsService>();
        Use<BusinessLogo>();
        Use<MailSettingsService>();
    }

    [Fact]
    public async Task The_mail_server_saves_with_its_password_which_is_never_shown_again()
    {
        var page = Render<BusinessSettings>();
        page.WaitForElement("#mail-host");

        page.Find("#mail-host").Change("smtp.example.test");
        page.Find("#mail-from").Change("not an address");
        await page.Find("#mail-settings-form").SubmitAsync();
        var refused = page.Find("#mail-settings-form").TextContent;
        page.Find("#mail-from").Change("billing@kilatbins.my");
        page.Find("#mail-user").Change("billing@kilatbins.my");
        page.Find("#mail-password").Change("smtp app password");
        await page.Find("#mail-settings-form").SubmitAsync();

        Assert.Contains("Enter a valid e-mail address.", refused, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Contains("A password is saved; leave this empty to keep it.", page.Find("#mail-settings-form").TextContent, StringComparison.Ordinal));
        Assert.Equal(string.Empty, page.Find("#mail-password").GetAttribute("value") ?? string.Empty);
        var saved = await Harness.Get<MailSettingsService>().GetAsync();
        Assert.Equal(("smtp.example.test", 587, MailSecurity.StartTls, "billing@kilatbins.my", true), (saved.Host, saved.Port, saved.Security, saved.FromAddress, saved.HasPassword));
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
