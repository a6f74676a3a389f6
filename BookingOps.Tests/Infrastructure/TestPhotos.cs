using SkiaSharp;

namespace BookingOps.Tests.Infrastructure;

/// <summary>Camera-like images made on the spot: a JPEG of any size, optionally with an EXIF orientation, and a PNG.</summary>
public static class TestPhotos
{
    /// <summary>A JPEG whose left half is red and right half blue, so a turned picture can be told from an upright one.</summary>
    public static byte[] Jpeg(int width, int height, ushort? exifOrientation = null)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        return exifOrientation is { } orientation ? WithOrientation(jpeg, orientation) : jpeg;
    }

    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>The colour at a point of an encoded image.</summary>
    public static SKColor ColourAt(byte[] encoded, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(encoded);
        return bitmap.GetPixel(x, y);
    }

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Red);
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>Inserts an EXIF block (APP1) with just the orientation tag after the JPEG's start marker, as a phone camera writes it.</summary>
    public static byte[] WithOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] tiff =
        [
            0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, // big-endian TIFF header, first directory at 8
            0x00, 0x01, // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00, // Orientation, SHORT, 1 value
            0x00, 0x00, 0x00, 0x00, // no next directory
        ];
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        var length = exif.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif];
        return [.. jpeg.AsSpan(0, 2), .. app1, .. jpeg.AsSpan(2)];
    }
}
