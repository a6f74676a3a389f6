using System.IO.Compression;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>Zlib (RFC 1950) compression, the container PDF's FlateDecode filter expects.</summary>
internal static class Flate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream((data.Length / 2) + 64);
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }
}
