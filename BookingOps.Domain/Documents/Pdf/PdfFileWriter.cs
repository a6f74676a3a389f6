using System.Globalization;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Serialises a document as PDF 1.4: objects in number order, a cross-reference table with each
/// object's byte offset, and a trailer. Layout: 1 catalog, 2 page tree, 3 info, 4–5 fonts, then
/// each image (and its soft mask), then each page and its content stream.
/// </summary>
internal static class PdfFileWriter
{
    private const int FirstImage = 6;

    public static byte[] Write(PdfDocument document)
    {
        var images = new List<PdfImage>();
        foreach (var page in document.Pages)
        {
            foreach (var image in page.Images)
            {
                if (!images.Contains(image))
                {
                    images.Add(image);
                }
            }
        }

        var imageObjects = new int[images.Count];
        var next = FirstImage;
        for (var i = 0; i < images.Count; i++)
        {
            imageObjects[i] = next;
            next += images[i].Alpha is null ? 1 : 2;
        }

        var firstPage = next;
        var file = new PdfByteWriter(16 * 1024);
        var offsets = new List<int>(firstPage + (document.Pages.Count * 2));
        file.Raw("%PDF-1.4\n"u8).Raw([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']); // a binary comment: transfer tools must not treat the file as text

        Begin(file, offsets).Raw("<< /Type /Catalog /Pages 2 0 R >>"u8);
        End(file);

        Begin(file, offsets).Raw("<< /Type /Pages /Kids ["u8);
        for (var i = 0; i < document.Pages.Count; i++)
        {
            file.Integer(firstPage + (i * 2)).Raw(" 0 R "u8);
        }

        file.Raw("] /Count "u8).Integer(document.Pages.Count).Raw(" >>"u8);
        End(file);

        Begin(file, offsets).Raw("<< /Title "u8);
        InfoString(file, document.Title);
        file.Raw(" /Creator (BookingOps) /Producer (BookingOps PDF writer) /CreationDate "u8)
            .Raw("(D:"u8).Ascii(Date(document.CreatedAt)).Raw(") >>"u8);
        End(file);

        Begin(file, offsets).Raw("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"u8);
        End(file);
        Begin(file, offsets).Raw("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"u8);
        End(file);

        for (var i = 0; i < images.Count; i++)
        {
            WriteImage(file, offsets, images[i], imageObjects[i]);
        }

        var content = new PdfByteWriter(4096);
        for (var i = 0; i < document.Pages.Count; i++)
        {
            var page = document.Pages[i];
            Begin(file, offsets).Raw("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 "u8).Number(page.Width).Number(page.Height)
                .Raw("] /Resources << /Font << /F1 4 0 R /F2 5 0 R >>"u8);
            if (page.Images.Count > 0)
            {
                file.Raw(" /XObject <<"u8);
                for (var k = 0; k < page.Images.Count; k++)
                {
                    file.Raw(" /Im"u8).Integer(k + 1).Byte((byte)' ').Integer(imageObjects[images.IndexOf(page.Images[k])]).Raw(" 0 R"u8);
                }

                file.Raw(" >>"u8);
            }

            file.Raw(" >> /Contents "u8).Integer(firstPage + (i * 2) + 1).Raw(" 0 R >>"u8);
            End(file);

            // Flip the y axis once so the page's top-down coordinates can be written as they are.
            content.Clear();
            content.Raw("1 0 0 -1 0 "u8).Number(page.Height).Raw("cm\n"u8).Raw(page.Content.Written);
            Begin(file, offsets);
            Stream(file, default, Flate.Compress(content.Written), "FlateDecode");
        }

        var xref = file.Length;
        file.Raw("xref\n0 "u8).Integer(offsets.Count + 1).Raw("\n0000000000 65535 f \n"u8);
        foreach (var offset in offsets)
        {
            // Each entry is exactly 20 bytes, which is what lets readers index into the table.
            file.Ascii(offset.ToString("D10", CultureInfo.InvariantCulture)).Raw(" 00000 n \n"u8);
        }

        file.Raw("trailer\n<< /Size "u8).Integer(offsets.Count + 1).Raw(" /Root 1 0 R /Info 3 0 R >>\nstartxref\n"u8)
            .Integer(xref).Raw("\n%%EOF\n"u8);
        return file.ToArray();
    }

    private static void WriteImage(PdfByteWriter file, List<int> offsets, PdfImage image, int number)
    {
        var dictionary = new PdfByteWriter(128).Raw("/Type /XObject /Subtype /Image /Width "u8).Integer(image.Width)
            .Raw(" /Height "u8).Integer(image.Height).Raw(" /BitsPerComponent 8 /ColorSpace /"u8);
        var mask = image.Alpha is null ? null : new PdfByteWriter(128).Raw(dictionary.Written).Raw("DeviceGray"u8);
        dictionary.Ascii(image.ColorSpace);
        if (image.Alpha is not null)
        {
            dictionary.Raw(" /SMask "u8).Integer(number + 1).Raw(" 0 R"u8);
        }

        Begin(file, offsets);
        Stream(file, dictionary.Written, image.Data, image.Filter);
        if (mask is not null)
        {
            Begin(file, offsets);
            Stream(file, mask.Written, image.Alpha!, "FlateDecode");
        }
    }

    private static PdfByteWriter Begin(PdfByteWriter file, List<int> offsets)
    {
        offsets.Add(file.Length);
        return file.Integer(offsets.Count).Raw(" 0 obj\n"u8);
    }

    private static void End(PdfByteWriter file) => file.Raw("\nendobj\n"u8);

    private static void Stream(PdfByteWriter file, ReadOnlySpan<byte> dictionary, byte[] data, string filter)
    {
        file.Raw("<< "u8).Raw(dictionary);
        if (dictionary.Length > 0)
        {
            file.Byte((byte)' ');
        }

        file.Raw("/Filter /"u8).Ascii(filter).Raw(" /Length "u8).Integer(data.Length).Raw(" >>\nstream\n"u8)
            .Raw(data).Raw("\nendstream"u8);
        End(file);
    }

    /// <summary>ASCII as a literal string; anything else as UTF-16 with a byte order mark, which every reader decodes.</summary>
    private static void InfoString(PdfByteWriter file, string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            file.Text(text);
            return;
        }

        file.Raw("<FEFF"u8);
        foreach (var c in text)
        {
            file.Ascii(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        file.Byte((byte)'>');
    }

    /// <summary>PDF date: D:YYYYMMDDHHmmSS+HH'mm'.</summary>
    private static string Date(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMddHHmmss}{sign}{offset.Hours:00}'{offset.Minutes:00}'");
    }
}
