using BookingOps.Domain.Documents.Pdf;
using SkiaSharp;

namespace BookingOps.Tests.Documents;

public sealed class PdfImageTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("jpeg", 16, 8)]
    [InlineData("gray", 7, 10)]
    [InlineData("rgb", 7, 10)]
    [InlineData("gray with alpha", 7, 10)]
    [InlineData("rgba", 7, 10)]
    [InlineData("palette", 4, 4)]
    [InlineData("16-bit", 4, 4)]
    [InlineData("interlaced", 1, 1)]
    public void Jpegs_and_pngs_of_every_kind_load_at_their_pixel_size(string kind, int width, int height)
    {
        byte[] data = kind switch
        {
            "jpeg" => TestImages.RedBlueJpeg,
            "gray" => TestImages.Png(width, height, colorType: 0, TestImages.Pattern(width, height, 1)),
            "rgb" => TestImages.Png(width, height, colorType: 2, TestImages.Pattern(width, height, 3)),
            "gray with alpha" => TestImages.Png(width, height, colorType: 4, TestImages.Pattern(width, height, 2)),
            "rgba" => TestImages.Png(width, height, colorType: 6, TestImages.Pattern(width, height, 4)),
            "palette" => TestImages.Png(width, height, colorType: 3, new byte[width * height], palette: [200, 30, 60]),
            "16-bit" => TestImages.Png(width, height, colorType: 2, TestImages.Pattern(width, height, 6), bitDepth: 16),
            _ => TestImages.Png(width, height, colorType: 2, [10, 20, 30], interlace: 1),
        };

        using var image = PdfImage.Load(data);

        Assert.Equal((width, height), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("text")]
    [InlineData("truncated png")]
    [InlineData("jpeg without frame")]
    public void Data_that_does_not_decode_is_refused(string kind)
    {
        byte[] data = kind switch
        {
            "empty" => [],
            "text" => "<svg onload=alert(1)>"u8.ToArray(),
            "truncated png" => TestImages.Png(4, 4, colorType: 2, TestImages.Pattern(4, 4, 3))[..40],
            _ => [0xFF, 0xD8, 0xFF, 0xD9],
        };

        var refusal = Assert.Throws<NotSupportedException>(() => PdfImage.Load(data));

        Assert.Contains("could not be read", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_pngs_carry_real_chunk_checksums()
    {
        var png = TestImages.Png(1, 1, 0, [0]);

        // The CRC-32 of "IEND" is well known.
        Assert.Equal([0xAE, 0x42, 0x60, 0x82], png[^4..]);
    }

    [Fact]
    public void Images_render_upright_in_their_colours_with_transparency()
    {
        var document = PdfDocument.A4("Images", Created);
        var page = document.Composer.Page;
        using var jpeg = PdfImage.Load(TestImages.RedBlueJpeg);
        using var rgb = PdfImage.Load(TestImages.Png(2, 2, colorType: 2, [255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255]));
        using var rgba = PdfImage.Load(TestImages.Png(2, 1, colorType: 6, [0, 0, 0, 0, 0, 160, 0, 255]));
        using var gray = PdfImage.Load(TestImages.Png(1, 2, colorType: 0, [0, 128]));
        using var grayAlpha = PdfImage.Load(TestImages.Png(2, 1, colorType: 4, [0, 255, 0, 0]));
        page.DrawImage(jpeg, 100, 100, 80, 80);
        page.DrawImage(rgb, 200, 100, 40, 40);
        page.DrawImage(rgba, 300, 100, 80, 40);
        page.DrawImage(gray, 100, 300, 40, 80);
        page.DrawImage(grayAlpha, 200, 300, 80, 40);
        page.FillRectangle(400, 300, 40, 40, gray: 0.5);

        var pdf = document.ToBytes();
        using var rendered = SKBitmap.Decode(Assert.Single(Poppler.Render(pdf, "images", dpi: 72)));

        Assert.Equal(5, Poppler.Images(pdf).Count);
        // JPEG: 16 × 8 fitted to 80 × 40, red left, blue right.
        AssertColor((255, 0, 0), rendered.GetPixel(110, 120));
        AssertColor((0, 0, 255), rendered.GetPixel(170, 120));
        // PNG RGB: red top row, blue bottom row, so the image is not upside down.
        AssertColor((255, 0, 0), rendered.GetPixel(220, 110));
        AssertColor((0, 0, 255), rendered.GetPixel(220, 130));
        // PNG RGBA: transparent left half shows the white page, opaque right half is green.
        AssertColor((255, 255, 255), rendered.GetPixel(320, 120));
        AssertColor((0, 160, 0), rendered.GetPixel(360, 120));
        // Gray PNG: black above mid-gray.
        AssertColor((0, 0, 0), rendered.GetPixel(120, 320));
        AssertColor((128, 128, 128), rendered.GetPixel(120, 360));
        // Gray with alpha: opaque black left, transparent right.
        AssertColor((0, 0, 0), rendered.GetPixel(220, 320));
        AssertColor((255, 255, 255), rendered.GetPixel(260, 320));
        AssertColor((128, 128, 128), rendered.GetPixel(420, 320));
    }

    /// <summary>Colours within a margin, so JPEG and anti-aliasing noise do not matter.</summary>
    private static void AssertColor((int R, int G, int B) expected, SKColor actual) =>
        Assert.True(
            Math.Abs(expected.R - actual.Red) <= 40 && Math.Abs(expected.G - actual.Green) <= 40 && Math.Abs(expected.B - actual.Blue) <= 40,
            $"Expected about {expected}, rendered {actual}.");
}
