using SkiaSharp;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// An image (a business logo) decoded once, to place in any number of pages; Skia writes it into each
/// PDF with its transparency. Dispose it once the documents that show it are written.
/// </summary>
public sealed class PdfImage : IDisposable
{
    private PdfImage(SKImage image) => Image = image;

    /// <summary>Width in pixels.</summary>
    public int Width => Image.Width;

    /// <summary>Height in pixels.</summary>
    public int Height => Image.Height;

    internal SKImage Image { get; }

    /// <summary>Decodes an image of any kind Skia reads: PNG (palette, 16-bit, interlaced too), JPEG, and more.</summary>
    /// <exception cref="NotSupportedException">Data Skia cannot decode: another format, or a damaged file.</exception>
    public static PdfImage Load(ReadOnlySpan<byte> data)
    {
        using var encoded = data.IsEmpty ? null : SKImage.FromEncodedData(data);
        var decoded = encoded?.ToRasterImage(ensurePixelData: true)
            ?? throw new NotSupportedException("The image could not be read: it is damaged or not a PNG or JPEG.");
        return new PdfImage(decoded);
    }

    public void Dispose() => Image.Dispose();
}
