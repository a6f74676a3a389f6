using System.Buffers.Binary;
using System.IO.Compression;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Decodes the PNGs a logo is usually saved as (8-bit gray, RGB, gray+alpha, RGBA; not interlaced):
/// joins and inflates the IDAT chunks, undoes the row filters and splits off alpha, because PDF
/// wants plain samples with transparency as a separate soft-mask image.
/// </summary>
internal static class PngDecoder
{
    /// <summary>A logo, not a photo: also bounds the memory a hostile file can ask for.</summary>
    private const long MaxPixels = 20_000_000;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsPng(ReadOnlySpan<byte> data) => data.StartsWith(Signature);

    public static PdfImage Decode(ReadOnlySpan<byte> data)
    {
        var header = default(Header);
        using var compressed = new MemoryStream();
        var pos = Signature.Length;
        while (true)
        {
            if (pos + 12 > data.Length)
            {
                throw Damaged("it ends before its last chunk");
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(data[pos..]);
            if (length < 0 || length > data.Length - pos - 12)
            {
                throw Damaged("a chunk is longer than the file");
            }

            var type = data.Slice(pos + 4, 4);
            var body = data.Slice(pos + 8, length);
            if (header.Width == 0 && !type.SequenceEqual("IHDR"u8))
            {
                throw Damaged("it does not start with a header chunk");
            }

            if (type.SequenceEqual("IHDR"u8))
            {
                header = ReadHeader(body);
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                compressed.Write(body);
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                break;
            }

            pos += 12 + length;
        }

        var stride = header.Width * header.Channels;
        var raw = Inflate(compressed, header.Height * (stride + 1));
        Unfilter(raw, stride, header.Channels, header.Height);
        return Split(raw, header, stride);
    }

    private static Header ReadHeader(ReadOnlySpan<byte> body)
    {
        if (body.Length != 13)
        {
            throw Damaged("its header chunk has the wrong size");
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(body);
        var height = BinaryPrimitives.ReadInt32BigEndian(body[4..]);
        var (bitDepth, colorType, interlace) = (body[8], body[9], body[12]);
        if (width <= 0 || height <= 0 || body[10] != 0 || body[11] != 0)
        {
            throw Damaged("its header chunk is invalid");
        }

        if (colorType == 3)
        {
            throw new NotSupportedException("Palette (indexed-colour) PNG images are not supported; save the image as an RGB or RGBA PNG.");
        }

        var channels = colorType switch
        {
            0 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw Damaged($"its colour type {colorType} is unknown"),
        };
        if (bitDepth != 8)
        {
            throw new NotSupportedException($"PNG images with {bitDepth}-bit samples are not supported; save the image as an 8-bit PNG.");
        }

        if (interlace != 0)
        {
            throw new NotSupportedException("Interlaced PNG images are not supported; save the image without interlacing.");
        }

        if ((long)width * height > MaxPixels)
        {
            throw new NotSupportedException($"The PNG image is {width} × {height} pixels; at most {MaxPixels / 1_000_000} million pixels are supported.");
        }

        return new Header(width, height, channels);
    }

    private static byte[] Inflate(MemoryStream compressed, int size)
    {
        var raw = new byte[size];
        compressed.Position = 0;
        try
        {
            using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
            if (zlib.ReadAtLeast(raw, raw.Length, throwOnEndOfStream: false) < raw.Length)
            {
                throw Damaged("its image data is shorter than its size");
            }
        }
        catch (InvalidDataException e)
        {
            throw new NotSupportedException("The PNG image is damaged: its image data cannot be decompressed.", e);
        }

        return raw;
    }

    /// <summary>Reverses the five PNG filters in place; each row starts with its filter type byte.</summary>
    private static void Unfilter(byte[] raw, int stride, int bpp, int height)
    {
        for (var row = 0; row < height; row++)
        {
            var start = row * (stride + 1);
            var line = raw.AsSpan(start + 1, stride);
            var prior = row == 0 ? default : raw.AsSpan(start - stride, stride);
            switch (raw[start])
            {
                case 0:
                    break;
                case 1:
                    for (var i = bpp; i < stride; i++)
                    {
                        line[i] += line[i - bpp];
                    }

                    break;
                case 2 when row > 0:
                    for (var i = 0; i < stride; i++)
                    {
                        line[i] += prior[i];
                    }

                    break;
                case 2:
                    break;
                case 3:
                    for (var i = 0; i < stride; i++)
                    {
                        var left = i >= bpp ? line[i - bpp] : 0;
                        var up = row > 0 ? prior[i] : 0;
                        line[i] += (byte)((left + up) >> 1);
                    }

                    break;
                case 4:
                    for (var i = 0; i < stride; i++)
                    {
                        var left = i >= bpp ? line[i - bpp] : 0;
                        var up = row > 0 ? prior[i] : 0;
                        var upLeft = i >= bpp && row > 0 ? prior[i - bpp] : 0;
                        line[i] += Paeth(left, up, upLeft);
                    }

                    break;
                default:
                    throw Damaged($"row {row} has the unknown filter type {raw[start]}");
            }
        }
    }

    private static byte Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return (byte)(toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft);
    }

    private static PdfImage Split(byte[] raw, Header header, int stride)
    {
        var colors = header.Channels is 1 or 2 ? 1 : 3;
        var colorSpace = colors == 1 ? "DeviceGray" : "DeviceRGB";
        var hasAlpha = header.Channels is 2 or 4;
        var color = new byte[header.Width * header.Height * colors];
        var alpha = hasAlpha ? new byte[header.Width * header.Height] : null;
        var opaque = true;
        var (c, a) = (0, 0);
        for (var row = 0; row < header.Height; row++)
        {
            var line = raw.AsSpan((row * (stride + 1)) + 1, stride);
            if (alpha is null)
            {
                line.CopyTo(color.AsSpan(c));
                c += stride;
                continue;
            }

            for (var i = 0; i < stride; i += header.Channels)
            {
                for (var k = 0; k < colors; k++)
                {
                    color[c++] = line[i + k];
                }

                var value = line[i + colors];
                opaque &= value == 255;
                alpha[a++] = value;
            }
        }

        // A fully opaque alpha channel would only make viewers composite for nothing.
        var mask = alpha is null || opaque ? null : Flate.Compress(alpha);
        return new PdfImage(header.Width, header.Height, colorSpace, "FlateDecode", Flate.Compress(color), mask);
    }

    private static NotSupportedException Damaged(string reason) => new($"The PNG image is damaged: {reason}.");

    private readonly record struct Header(int Width, int Height, int Channels);
}
