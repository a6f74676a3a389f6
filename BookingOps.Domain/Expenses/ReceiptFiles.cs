using System.Text;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;

namespace BookingOps.Domain.Expenses;

/// <summary>A receipt ready to store: its bytes, the extension of its generated name and its content type.</summary>
public sealed record StoredReceipt(byte[] Content, string Extension, string ContentType);

/// <summary>
/// What an expense's receipt may be: a photo (re-encoded as the field photos are, which drops the phone's
/// location) or a PDF, told by content, never by the name or type the browser sent.
/// </summary>
public static class ReceiptFiles
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public const string Field = "Receipt";

    public const string Pdf = "application/pdf";

    public static StoredReceipt Prepare(byte[] upload)
    {
        EnsureAccepted(upload);
        return IsPdf(upload)
            ? new StoredReceipt(upload, ".pdf", Pdf)
            : new StoredReceipt(FieldPhotos.Process(upload, Field).Jpeg, ".jpg", "image/jpeg");
    }

    /// <summary>Refuses, cheaply and before anything is decoded, a file that is neither a photo nor a PDF.</summary>
    public static void EnsureAccepted(byte[] upload)
    {
        if (!IsPdf(upload) && ImageFormats.ExtensionOf(upload) is null)
        {
            throw new DomainValidationException(Field, "Send a photo (JPEG or PNG) or a PDF of the receipt; this file is something else.");
        }
    }

    public static Task<byte[]> ReadAsync(Stream content, CancellationToken cancellationToken) =>
        ImageFormats.ReadLimitedAsync(content, MaxUploadBytes,
            () => new DomainValidationException(Field, $"Keep the receipt under {MaxUploadBytes / 1024 / 1024} MB."), cancellationToken);

    /// <summary>A PDF starts with its version header and ends with an end-of-file marker; a renamed file of another kind has neither.</summary>
    private static bool IsPdf(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return false;
        }

        var tail = Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 1024), Math.Min(1024, bytes.Length));
        return tail.Contains("%%EOF", StringComparison.Ordinal);
    }
}
