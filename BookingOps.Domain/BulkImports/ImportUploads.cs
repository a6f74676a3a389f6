using BookingOps.Domain.Common;
using BookingOps.Domain.Settings;

namespace BookingOps.Domain.BulkImports;

/// <summary>
/// Uploaded import files, kept outside the web root under a random name (the token) between the check and
/// the confirmation, with the rejected rows beside them. The token is all a later request knows them by.
/// </summary>
public sealed class ImportUploads(FileStore files)
{
    private string Folder => Path.Combine(files.Directory, "imports");

    public async Task<Guid> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = await ImageFormats.ReadLimitedAsync(content, ImportTable.MaxUploadBytes,
            () => new DomainValidationException(ImportTable.Field, $"Keep the file under {ImportTable.MaxUploadBytes / 1024 / 1024} MB."), cancellationToken);
        if (bytes.Length == 0)
        {
            throw new DomainValidationException(ImportTable.Field, "The file is empty.");
        }

        var token = Guid.NewGuid();
        Directory.CreateDirectory(Folder);
        await File.WriteAllBytesAsync(PathOf(token), bytes, cancellationToken);
        return token;
    }

    public string PathOf(Guid token) => Path.Combine(Folder, $"{token:N}.upload");

    /// <summary>The rejected rows of the upload's last check, if it had any.</summary>
    public string? RejectedOf(Guid token) => File.Exists(Path.ChangeExtension(PathOf(token), ".rejected.csv")) ? Path.ChangeExtension(PathOf(token), ".rejected.csv") : null;

    /// <summary>Removes the upload once imported or abandoned; its rejected rows stay for download.</summary>
    public void Discard(Guid token) => File.Delete(PathOf(token));
}
