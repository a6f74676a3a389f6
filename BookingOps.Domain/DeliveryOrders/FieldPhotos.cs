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

    public static ProcessedPhoto Process(ReadOnlySpan<byte> upload)
    {
        if (ImageFormats.ExtensionOf(upload) is null)
        {
            throw new DomainValidationException(Field, "Send a photo (JPEG or PNG); this file is something else.");
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data)
            ?? throw new DomainValidationException(Field, "The photo could not be read; it may be damaged. Take it again.");

        // Decode at the smallest size the codec offers that is still at least the target (JPEG can skip 7 of 8 pixels for free).
        var scale = Math.Min(1f, (float)LongEdge / Math.Max(codec.Info.Width, codec.Info.Height));
        var decodeSize = codec.GetScaledDimensions(scale);
        if (Math.Max(decodeSize.Width, decodeSize.Height) < LongEdge && scale < 1f)
        {
            decodeSize = codec.Info.Size;
        }

        using var decoded = new SKBitmap(new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new DomainValidationException(Field, "The photo could not be read; it may be damaged. Take it again.");
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var fit = Math.Min(1f, (float)LongEdge / Math.Max(upright.Width, upright.Height));
        var (width, height) = (Math.Max(1, (int)Math.Round(upright.Width * fit)), Math.Max(1, (int)Math.Round(upright.Height * fit)));
        using var scaled = fit < 1f ? upright.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) : upright.Copy();
        using var image = SKImage.FromBitmap(Flatten(scaled));
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return new ProcessedPhoto(jpeg.ToArray(), width, height);
    }

    /// <summary>A PNG with transparency gets a white background, as paper would show it.</summary>
    private static SKBitmap Flatten(SKBitmap source)
    {
        var opaque = new SKBitmap(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(opaque);
        canvas.Clear(SKColors.White);
        Draw(canvas, source);
        return opaque;
    }

    private static void Draw(SKCanvas canvas, SKBitmap bitmap)
    {
        using var image = SKImage.FromBitmap(bitmap);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
    }

    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return source.Copy();
        }

        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var target = new SKBitmap(swaps ? source.Height : source.Width, swaps ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(target);
        var (w, h) = (source.Width, source.Height);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Scale(-1, 1, w / 2f, 0); break;
            case SKEncodedOrigin.BottomRight: canvas.RotateDegrees(180, w / 2f, h / 2f); break;
            case SKEncodedOrigin.BottomLeft: canvas.Scale(1, -1, 0, h / 2f); break;
            case SKEncodedOrigin.LeftTop: canvas.RotateDegrees(90); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(h, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(h, w); canvas.RotateDegrees(270); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, w); canvas.RotateDegrees(270); break;
        }

        Draw(canvas, source);
        return target;
    }
}
