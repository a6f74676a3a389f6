using System.Buffers.Binary;
using System.IO.Compression;

namespace BookingOps.Tests.Documents;

/// <summary>Images built in code: PNGs of any kind the tests need, and one real JPEG.</summary>
internal static class TestImages
{
    /// <summary>A 16 × 8 pixel baseline RGB JPEG, left half red and right half blue (made with pdftoppm).</summary>
    public static byte[] RedBlueJpeg { get; } = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMU" +
        "FRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU" +
        "FBQUFBQUFBT/wAARCAAIABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUF" +
        "BAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVW" +
        "V1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi" +
        "4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC" +
        "AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVm" +
        "Z2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq" +
        "8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD50rwKiiv3D6Mv/M4/7gf+5j+jfpDf8yr/ALjf+4j/2Q==");

    private static readonly uint[] CrcTable = MakeCrcTable();

    /// <summary>Samples per pixel of each PNG colour type.</summary>
    public static int Channels(int colorType) => colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 1 };

    /// <summary>A pattern that makes every filter produce different bytes, wrapping around 255.</summary>
    public static byte[] Pattern(int width, int height, int channels)
    {
        var pixels = new byte[width * height * channels];
        for (var i = 0; i < pixels.Length; i++)
        {
            var (pixel, channel) = Math.DivRem(i, channels);
            var (y, x) = Math.DivRem(pixel, width);
            pixels[i] = (byte)((x * 37) + (y * 91) + (channel * 53) + (x * y * 7));
        }

        return pixels;
    }

    /// <summary>
    /// A PNG of <paramref name="pixels"/>, row r filtered with <paramref name="filters"/>[r % length]
    /// (all five by default). Samples take <paramref name="bitDepth"/> / 8 bytes, big-endian; a palette
    /// image (colour type 3) takes its RGB entries from <paramref name="palette"/>. The header can claim
    /// interlacing, whose pass order the data of a 1 × 1 image already has.
    /// </summary>
    public static byte[] Png(int width, int height, int colorType, byte[] pixels, byte[]? filters = null, byte bitDepth = 8, byte interlace = 0, byte[]? palette = null)
    {
        filters ??= [0, 1, 2, 3, 4];
        var bpp = Channels(colorType) * bitDepth / 8;
        var stride = width * bpp;
        var raw = new byte[height * (stride + 1)];
        for (var y = 0; y < height; y++)
        {
            var filter = filters[y % filters.Length];
            raw[y * (stride + 1)] = filter;
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? pixels[(y * stride) + i - bpp] : 0;
                int up = y > 0 ? pixels[((y - 1) * stride) + i] : 0;
                int upLeft = i >= bpp && y > 0 ? pixels[((y - 1) * stride) + i - bpp] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                raw[(y * (stride + 1)) + 1 + i] = (byte)(pixels[(y * stride) + i] - predicted);
            }
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9], header[12]) = (bitDepth, (byte)colorType, interlace);

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        if (palette is not null)
        {
            Chunk(png, "PLTE", palette);
        }

        var data = Deflate(raw);
        // Image data split over two chunks, as encoders do for large images.
        Chunk(png, "IDAT", data[..(data.Length / 2)]);
        Chunk(png, "IDAT", data[(data.Length / 2)..]);
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        for (var i = 0; i < 4; i++)
        {
            chunk[4 + i] = (byte)type[i];
        }

        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(chunk.AsSpan(4, 4 + data.Length)));
        png.Write(chunk);
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var p = left + up - upLeft;
        var (pa, pb, pc) = (Math.Abs(p - left), Math.Abs(p - up), Math.Abs(p - upLeft));
        return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }

    /// <summary>The CRC-32 PNG chunks end with (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
