namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// A JPEG or PNG decoded once into the form a PDF image object needs, so a business logo can be
/// loaded at start-up and placed in any number of documents. JPEG is embedded as it is; PNG is
/// un-filtered and re-compressed, with its alpha channel as a soft mask.
/// </summary>
public sealed class PdfImage
{
    internal PdfImage(int width, int height, string colorSpace, string filter, byte[] data, byte[]? alpha)
    {
        Width = width;
        Height = height;
        ColorSpace = colorSpace;
        Filter = filter;
        Data = data;
        Alpha = alpha;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    internal string ColorSpace { get; }

    internal string Filter { get; }

    internal byte[] Data { get; }

    /// <summary>Flate-compressed 8-bit alpha, one byte a pixel; null when the image is opaque.</summary>
    internal byte[]? Alpha { get; }

    /// <summary>Reads a JPEG (baseline or progressive, gray or RGB) or an 8-bit, non-interlaced PNG.</summary>
    /// <exception cref="NotSupportedException">Any other format, or a damaged file.</exception>
    public static PdfImage Load(ReadOnlySpan<byte> data)
    {
        if (JpegReader.IsJpeg(data))
        {
            return JpegReader.Read(data);
        }

        if (PngDecoder.IsPng(data))
        {
            return PngDecoder.Decode(data);
        }

        throw new NotSupportedException("The image is neither a JPEG nor a PNG; only those two can be placed in a PDF.");
    }
}
