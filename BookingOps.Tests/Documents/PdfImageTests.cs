using System.IO.Compression;
using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Tests.Documents;

public sealed class PdfImageTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_jpeg_is_embedded_unchanged_with_its_size_and_colours_from_the_frame_header()
    {
        var image = PdfImage.Load(TestImages.RedBlueJpeg);

        Assert.Equal((16, 8, "DeviceRGB", "DCTDecode", (byte[]?)null), (image.Width, image.Height, image.ColorSpace, image.Filter, image.Alpha));
        Assert.Equal(TestImages.RedBlueJpeg, image.Data);
    }

    [Theory]
    [InlineData(0, 1, "DeviceGray", null)]
    [InlineData(0, 4, null, "colour components")]
    [InlineData(-1, 12, null, "12-bit")]
    public void A_jpeg_frame_header_decides_gray_rgb_or_refusal(int precisionOrComponents, byte value, string? colorSpace, string? refusal)
    {
        var jpeg = TestImages.RedBlueJpeg.ToArray();
        var frame = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]) + 4;
        jpeg[precisionOrComponents == 0 ? frame + 5 : frame] = value;

        if (colorSpace is not null)
        {
            Assert.Equal(colorSpace, PdfImage.Load(jpeg).ColorSpace);
        }
        else
        {
            Assert.Contains(refusal!, Assert.Throws<NotSupportedException>(() => PdfImage.Load(jpeg)).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(6)]
    public void Png_samples_come_back_exactly_through_all_five_row_filters(int colorType)
    {
        const int width = 7, height = 10;
        var channels = TestImages.Channels(colorType);
        var pixels = TestImages.Pattern(width, height, channels);

        var image = PdfImage.Load(TestImages.Png(width, height, colorType, pixels));

        var colors = colorType is 0 or 4 ? 1 : 3;
        var hasAlpha = colorType is 4 or 6;
        var expectedColor = pixels.Where((_, i) => i % channels < colors).ToArray();
        var expectedAlpha = pixels.Where((_, i) => hasAlpha && i % channels == colors).ToArray();
        Assert.Equal((width, height, colors == 1 ? "DeviceGray" : "DeviceRGB", "FlateDecode"), (image.Width, image.Height, image.ColorSpace, image.Filter));
        Assert.Equal(expectedColor, Inflate(image.Data));
        Assert.Equal(expectedAlpha, image.Alpha is null ? [] : Inflate(image.Alpha));
    }

    [Fact]
    public void An_opaque_alpha_channel_needs_no_soft_mask()
    {
        var pixels = TestImages.Pattern(4, 4, 4);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        Assert.Null(PdfImage.Load(TestImages.Png(4, 4, colorType: 6, pixels)).Alpha);
    }

    [Fact]
    public void Test_pngs_carry_real_chunk_checksums()
    {
        var png = TestImages.Png(1, 1, 0, [0]);

        // The CRC-32 of "IEND" is well known.
        Assert.Equal([0xAE, 0x42, 0x60, 0x82], png[^4..]);
    }

    [Theory]
    [InlineData("palette", "Palette (indexed-colour) PNG images are not supported")]
    [InlineData("16-bit", "PNG images with 16-bit samples are not supported")]
    [InlineData("interlaced", "Interlaced PNG images are not supported")]
    [InlineData("truncated", "The PNG image is damaged")]
    [InlineData("short data", "The PNG image is damaged: its image data is shorter than its size")]
    [InlineData("bad filter", "The PNG image is damaged: row 0 has the unknown filter type 9")]
    [InlineData("gif", "neither a JPEG nor a PNG")]
    [InlineData("empty", "neither a JPEG nor a PNG")]
    [InlineData("jpeg without frame", "The JPEG image is damaged")]
    public void Other_or_damaged_images_are_refused_with_a_clear_message(string kind, string message)
    {
        var pixels = TestImages.Pattern(4, 4, 3);
        byte[] data = kind switch
        {
            "palette" => TestImages.Png(4, 4, colorType: 3, pixels),
            "16-bit" => TestImages.Png(4, 4, colorType: 2, pixels, bitDepth: 16),
            "interlaced" => TestImages.Png(4, 4, colorType: 2, pixels, interlace: 1),
            "truncated" => TestImages.Png(4, 4, colorType: 2, pixels)[..40],
            "short data" => ClaimHeight(TestImages.Png(4, 4, colorType: 2, pixels), 8),
            "bad filter" => TestImages.Png(4, 4, colorType: 2, pixels, filters: [9]),
            "gif" => "GIF89a"u8.ToArray(),
            "empty" => [],
            _ => [0xFF, 0xD8, 0xFF, 0xD9],
        };

        Assert.Contains(message, Assert.Throws<NotSupportedException>(() => PdfImage.Load(data)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_render_upright_in_their_colours_with_transparency()
    {
        var document = PdfDocument.A4("Images", Created);
        var page = document.Composer.Page;
        page.DrawImage(PdfImage.Load(TestImages.RedBlueJpeg), 100, 100, 80, 80);
        page.DrawImage(PdfImage.Load(TestImages.Png(2, 2, colorType: 2, [255, 0, 0, 255, 0, 0, 0, 0, 255, 0, 0, 255])), 200, 100, 40, 40);
        page.DrawImage(PdfImage.Load(TestImages.Png(2, 1, colorType: 6, [0, 0, 0, 0, 0, 160, 0, 255])), 300, 100, 80, 40);
        page.DrawImage(PdfImage.Load(TestImages.Png(1, 2, colorType: 0, [0, 128])), 100, 300, 40, 80);
        page.DrawImage(PdfImage.Load(TestImages.Png(2, 1, colorType: 4, [0, 255, 0, 0])), 200, 300, 80, 40);
        page.DrawRectangle(400, 300, 40, 40, fill: 0.5, stroke: null);

        var pdf = document.ToBytes();
        var rendered = PdfImage.Load(Assert.Single(Poppler.Render(pdf, "images", dpi: 72)));
        Assert.Single(Poppler.Render(pdf, "images-50dpi", dpi: 50));

        var file = System.Text.Encoding.Latin1.GetString(pdf);
        // Five images, two of them with a soft mask (an image too).
        Assert.Equal((1, 2, 7), (Count(file, "/Filter /DCTDecode"), Count(file, "/SMask "), Count(file, "/Subtype /Image")));

        var pixels = Inflate(rendered.Data);
        (byte R, byte G, byte B) At(int x, int y) => (pixels[((y * rendered.Width) + x) * 3], pixels[(((y * rendered.Width) + x) * 3) + 1], pixels[(((y * rendered.Width) + x) * 3) + 2]);
        // JPEG: 16 × 8 fitted to 80 × 40, red left, blue right.
        AssertColor((255, 0, 0), At(110, 120));
        AssertColor((0, 0, 255), At(170, 120));
        // PNG RGB: red top row, blue bottom row, so the image is not upside down.
        AssertColor((255, 0, 0), At(220, 110));
        AssertColor((0, 0, 255), At(220, 130));
        // PNG RGBA: transparent left half shows the white page, opaque right half is green.
        AssertColor((255, 255, 255), At(320, 120));
        AssertColor((0, 160, 0), At(360, 120));
        // Gray PNG: black above mid-gray.
        AssertColor((0, 0, 0), At(120, 320));
        AssertColor((128, 128, 128), At(120, 360));
        // Gray with alpha: opaque black left, transparent right.
        AssertColor((0, 0, 0), At(220, 320));
        AssertColor((255, 255, 255), At(260, 320));
        AssertColor((128, 128, 128), At(420, 320));
        PdfAssert.CrossReferenceIsExact(pdf);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;

    /// <summary>Colours within a margin, so JPEG and anti-aliasing noise do not matter.</summary>
    private static void AssertColor((int R, int G, int B) expected, (byte R, byte G, byte B) actual) =>
        Assert.True(
            Math.Abs(expected.R - actual.R) <= 40 && Math.Abs(expected.G - actual.G) <= 40 && Math.Abs(expected.B - actual.B) <= 40,
            $"Expected about {expected}, rendered {actual}.");

    /// <summary>The PNG with its header claiming more rows than its data holds.</summary>
    private static byte[] ClaimHeight(byte[] png, byte height)
    {
        png[23] = height;
        return png;
    }

    private static byte[] Inflate(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
