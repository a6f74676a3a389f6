using BookingOps.Domain.Common;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Documents;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

public sealed class BusinessLogoTests : DomainTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
    }

    [Fact]
    public async Task A_png_or_jpeg_is_kept_under_a_new_name_and_replacing_it_removes_the_old_file()
    {
        var logo = Harness.Get<BusinessLogo>();

        await logo.SaveAsync(new MemoryStream(PdfSampleTests.Logo()));
        var first = Assert.Single(Directory.GetFiles(Harness.FilesDirectory));
        await logo.SaveAsync(new MemoryStream(TestImages.RedBlueJpeg));

        var second = Assert.Single(Directory.GetFiles(Harness.FilesDirectory));
        Assert.NotEqual(first, second);
        Assert.Matches(@"^logo-[0-9a-f]{32}\.jpg$", Path.GetFileName(second));
        var read = await logo.ReadAsync();
        Assert.Equal(("image/jpeg", TestImages.RedBlueJpeg.Length), (read!.Value.ContentType, read.Value.Bytes.Length));

        await logo.RemoveAsync();
        Assert.Empty(Directory.GetFiles(Harness.FilesDirectory));
        Assert.Null(await logo.ReadAsync());
    }

    [Fact]
    public async Task Anything_but_a_png_or_jpeg_that_decodes_or_a_file_over_the_limit_is_refused_and_nothing_is_kept()
    {
        var logo = Harness.Get<BusinessLogo>();

        var script = await Assert.ThrowsAsync<DomainValidationException>(() => logo.SaveAsync(new MemoryStream("<svg onload=alert(1)>"u8.ToArray())));
        var big = new byte[BusinessLogo.MaxBytes + 1];
        TestImages.RedBlueJpeg.CopyTo(big, 0);
        var tooBig = await Assert.ThrowsAsync<DomainValidationException>(() => logo.SaveAsync(new MemoryStream(big)));
        var damaged = await Assert.ThrowsAsync<DomainValidationException>(() =>
            logo.SaveAsync(new MemoryStream(TestImages.Png(4, 4, colorType: 2, TestImages.Pattern(4, 4, 3))[..40])));

        Assert.Equal("Upload a PNG or JPEG image.", script.Message);
        Assert.Equal("Keep the logo under 512 KB.", tooBig.Message);
        Assert.Contains("could not be read", damaged.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Harness.FilesDirectory) && Directory.GetFiles(Harness.FilesDirectory).Length > 0);
        Assert.Null((await Harness.Get<BusinessSettingsService>().GetAsync())!.LogoFileName);
    }

    [Theory]
    [InlineData("palette")]
    [InlineData("16-bit")]
    [InlineData("interlaced")]
    public async Task A_png_of_any_kind_that_decodes_is_kept(string kind)
    {
        var png = kind switch
        {
            "palette" => TestImages.Png(2, 2, colorType: 3, new byte[4], palette: [200, 30, 60]),
            "16-bit" => TestImages.Png(2, 2, colorType: 2, new byte[2 * 2 * 6], bitDepth: 16),
            _ => TestImages.Png(1, 1, colorType: 2, [10, 20, 30], interlace: 1),
        };

        await Harness.Get<BusinessLogo>().SaveAsync(new MemoryStream(png));

        Assert.Equal(png, (await Harness.Get<BusinessLogo>().ReadAsync())!.Value.Bytes);
    }

    [Theory]
    [InlineData("../bookingops.db")]
    [InlineData("sub/logo.png")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void Stored_file_names_cannot_reach_outside_the_folder(string name) =>
        Assert.Throws<ArgumentException>(() => new FileStore("/data/files").PathOf(name));
}
