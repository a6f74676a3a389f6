namespace BookingOps.Domain.Common;

/// <summary>The two image formats the app accepts (what phones and logo files are), told by their first bytes, never by the name sent.</summary>
public static class ImageFormats
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>".png" or ".jpg", or null when the bytes are neither.</summary>
    public static string? ExtensionOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        _ when bytes.StartsWith(PngSignature) => ".png",
        [0xFF, 0xD8, 0xFF, ..] => ".jpg",
        _ => null,
    };

    /// <summary>Reads at most <paramref name="maxBytes"/>; more is refused with <paramref name="tooLarge"/> before it is all read.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream content, int maxBytes, Func<Exception> tooLarge, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
