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
    public async Task Anything_but_a_readable_png_or_jpeg_or_a_file_over_the_limit_is_refused_and_nothing_is_kept()
    {
        var logo = Harness.Get<BusinessLogo>();

        var script = await Assert.ThrowsAsync<DomainValidationException>(() => logo.SaveAsync(new MemoryStream("<svg onload=alert(1)>"u8.ToArray())));
        var big = new byte[BusinessLogo.MaxBytes + 1];
        TestImages.RedBlueJpeg.CopyTo(big, 0);
        var tooBig = await Assert.ThrowsAsync<DomainValidationException>(() => logo.SaveAsync(new MemoryStream(big)));

        var sixteenBit = await Assert.ThrowsAsync<DomainValidationException>(() =>
            logo.SaveAsync(new MemoryStream(TestImages.Png(2, 2, colorType: 2, new byte[2 * 2 * 6], bitDepth: 16))));

        Assert.Equal("Upload a PNG or JPEG image.", script.Message);
        Assert.Contains("save the image as an 8-bit PNG", sixteenBit.Message, StringComparison.Ordinal);
        Assert.Equal("Keep the logo under 512 KB.", tooBig.Message);
        Assert.False(Directory.Exists(Harness.FilesDirectory) && Directory.GetFiles(Harness.FilesDirectory).Length > 0);
        Assert.Null((await Harness.Get<BusinessSettingsService>().GetAsync())!.LogoFileName);
    }

    [Theory]
    [InlineData("../bookingops.db")]
    [InlineData("sub/logo.png")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void Stored_file_names_cannot_reach_outside_the_folder(string name) =>
        Assert.Throws<ArgumentException>(() => new FileStore("/data/files").PathOf(name));
}
