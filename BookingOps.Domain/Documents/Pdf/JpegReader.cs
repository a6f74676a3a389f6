using System.Buffers.Binary;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Finds a JPEG's size and colour components in its frame header. The file itself goes into the
/// PDF unchanged: viewers decode JPEG (DCTDecode) themselves.
/// </summary>
internal static class JpegReader
{
    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static PdfImage Read(ReadOnlySpan<byte> data)
    {
        var pos = 2;
        while (pos + 4 <= data.Length)
        {
            if (data[pos] != 0xFF)
            {
                throw Damaged();
            }

            var marker = data[pos + 1];
            pos += 2;
            if (marker is 0xFF)
            {
                pos--; // fill byte before a marker
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // markers without a length
            }

            if (marker is 0xD9 or 0xDA)
            {
                break; // image data or the end, and still no frame header
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (length < 2 || pos + length > data.Length)
            {
                throw Damaged();
            }

            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return FromFrameHeader(marker, data.Slice(pos + 2, length - 2), data);
            }

            pos += length;
        }

        throw Damaged();
    }

    private static PdfImage FromFrameHeader(byte marker, ReadOnlySpan<byte> frame, ReadOnlySpan<byte> data)
    {
        if (frame.Length < 6)
        {
            throw Damaged();
        }

        if (marker is not (0xC0 or 0xC1 or 0xC2))
        {
            throw new NotSupportedException("Lossless and arithmetic-coded JPEG images are not supported; save the image as a baseline JPEG.");
        }

        var precision = frame[0];
        var height = BinaryPrimitives.ReadUInt16BigEndian(frame[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(frame[3..]);
        var components = frame[5];
        if (precision != 8)
        {
            throw new NotSupportedException($"JPEG images with {precision}-bit samples are not supported; save the image as an 8-bit JPEG.");
        }

        if (width == 0 || height == 0)
        {
            throw Damaged();
        }

        var colorSpace = components switch
        {
            1 => "DeviceGray",
            3 => "DeviceRGB",
            _ => throw new NotSupportedException($"JPEG images with {components} colour components (e.g. CMYK) are not supported; save the image as RGB."),
        };
        return new PdfImage(width, height, colorSpace, "DCTDecode", data.ToArray(), alpha: null);
    }

    private static NotSupportedException Damaged() => new("The JPEG image is damaged: its frame header (size and colours) could not be read.");
}
