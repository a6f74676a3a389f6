using BookingOps.Domain.Common;
using SkiaSharp;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>A photo ready to store: re-encoded JPEG bytes and the size it was stored at.</summary>
public sealed record ProcessedPhoto(byte[] Jpeg, int Width, int Height);

/// <summary>
/// Turns what a phone camera sends into what the office keeps: JPEG or PNG only (told by content),
/// turned upright by its EXIF orientation, scaled to at most <see cref="LongEdge"/> pixels and re-encoded,
/// which also drops all metadata, the phone's GPS location included.
/// </summary>
public static class FieldPhotos
{
    /// <summary>Phones send 3–12 MB; a larger file is not a photo from one.</summary>
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public const int LongEdge = 1600;

    private const int JpegQuality = 80;

    public const string Field = "Photo";

    /// <summary>The photo as stored; a refusal is reported beside <paramref name="field"/> of the form that sent it.</summary>
    public static ProcessedPhoto Process(ReadOnlySpan<byte> upload, string field = Field)
    {
        if (ImageFormats.ExtensionOf(upload) is null)
        {
            throw new DomainValidationException(field, "Send a photo (JPEG or PNG); this file is something else.");
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data)
            ?? throw new DomainValidationException(field, "The photo could not be read; it may be damaged. Take it again.");

        // Decode at the smallest size the codec offers that is still at least the target (JPEG can skip 7 of 8 pixels for free).
        var scale = Math.Min(1f, (float)LongEdge / Math.Max(codec.Info.Width, codec.Info.Height));
        var decodeSize = codec.GetScaledDimensions(scale);
        if (Math.Max(decodeSize.Width, decodeSize.Height) < LongEdge && scale < 1f)
        {
            decodeSize = codec.Info.Size;
        }

        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        using var decoded = new SKBitmap(new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, alpha));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new DomainValidationException(field, "The photo could not be read; it may be damaged. Take it again.");
        }

        // One drawing pass turns the picture upright, scales it and lays it on white (a PNG's transparency, as paper shows it).
        var (w, h) = (decoded.Width, decoded.Height);
        var (uprightWidth, uprightHeight) = ImageOrientation.IsTurned(codec.EncodedOrigin) ? (h, w) : (w, h);
        var fit = Math.Min(1f, (float)LongEdge / Math.Max(uprightWidth, uprightHeight));
        var (width, height) = (Math.Max(1, (int)Math.Round(uprightWidth * fit)), Math.Max(1, (int)Math.Round(uprightHeight * fit)));
        using var stored = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(stored))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)width / uprightWidth, (float)height / uprightHeight);
            ImageOrientation.Orient(canvas, codec.EncodedOrigin, w, h);
            using var image = SKImage.FromBitmap(decoded);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
        }

        using var jpeg = stored.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return new ProcessedPhoto(jpeg.ToArray(), width, height);
    }
}
