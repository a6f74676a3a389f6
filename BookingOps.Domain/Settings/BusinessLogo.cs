using BookingOps.Domain.Common;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Settings;

/// <summary>
/// The business logo printed on documents. Only PNG and JPEG up to <see cref="MaxBytes"/> that decode are
/// kept, recognised by their bytes rather than the name the browser sent, and stored under a new name.
/// </summary>
public sealed class BusinessLogo(IDbContextFactory<BookingOpsDbContext> dbFactory, FileStore files)
{
    public const int MaxBytes = 512 * 1024;

    /// <summary>The business profile's version before and after a logo change, so an open settings form can carry on from it.</summary>
    public sealed record Change(long VersionBefore, long VersionAfter);

    public async Task<Change> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        var bytes = await ImageFormats.ReadLimitedAsync(
            content, MaxBytes, () => new DomainValidationException("Logo", $"Keep the logo under {MaxBytes / 1024} KB."), cancellationToken);
        var extension = ImageFormats.ExtensionOf(bytes)
            ?? throw new DomainValidationException("Logo", "Upload a PNG or JPEG image.");
        try
        {
            // The logo goes into every PDF: refuse a damaged file now rather than print documents without it.
            using var image = PdfImage.Load(bytes);
        }
        catch (NotSupportedException)
        {
            throw new DomainValidationException("Logo", "The image could not be read; it may be damaged. Save it again as a PNG or JPEG and upload that.");
        }

        Directory.CreateDirectory(files.Directory);
        var fileName = $"logo-{Guid.NewGuid():N}{extension}";
        await File.WriteAllBytesAsync(files.PathOf(fileName), bytes, cancellationToken);
        return await ReplaceAsync(fileName, cancellationToken);
    }

    public Task<Change> RemoveAsync(CancellationToken cancellationToken = default) => ReplaceAsync(null, cancellationToken);

    /// <summary>The logo's bytes and content type, or null when there is none (or its file went missing).</summary>
    public async Task<(byte[] Bytes, string ContentType)?> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var fileName = await db.BusinessProfiles.AsNoTracking().Select(p => p.LogoFileName).SingleOrDefaultAsync(cancellationToken);
        if (fileName is null || !File.Exists(files.PathOf(fileName)))
        {
            return null;
        }

        var bytes = await File.ReadAllBytesAsync(files.PathOf(fileName), cancellationToken);
        return (bytes, fileName.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg");
    }

    /// <summary>Points the profile at the new file, then deletes the old one, so a failure never leaves the profile pointing nowhere.</summary>
    private async Task<Change> ReplaceAsync(string? fileName, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.BusinessProfiles.SingleOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("The business has not been set up yet.");
        var (previous, before) = (profile.LogoFileName, profile.Version);
        profile.LogoFileName = fileName;
        await db.SaveChangesAsync(cancellationToken);
        if (previous is not null && File.Exists(files.PathOf(previous)))
        {
            File.Delete(files.PathOf(previous));
        }

        return new Change(before, profile.Version);
    }
}
