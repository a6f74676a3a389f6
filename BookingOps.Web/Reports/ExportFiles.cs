using System.Collections.Concurrent;
using BookingOps.Web.Hosting;

namespace BookingOps.Web.Reports;

/// <summary>A finished export waiting for its download; only the user who asked may take it, once.</summary>
public sealed record ExportFile(string Token, string UserId, string FileName, string ContentType, string Path, DateTimeOffset CreatedAt);

/// <summary>
/// Exports written on the server while the page shows their progress, kept under generated names outside
/// wwwroot until the browser fetches them. A download deletes the file; one never fetched goes after an hour,
/// and a restart forgets them all.
/// </summary>
public sealed class ExportFiles
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, ExportFile> waiting = new();
    private readonly string directory;
    private readonly TimeProvider clock;

    public ExportFiles(DataLocations locations, TimeProvider clock)
    {
        directory = locations.ExportsDirectory;
        this.clock = clock;
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
    }

    public ExportFile Create(string userId, string fileName, string contentType)
    {
        foreach (var stale in waiting.Values.Where(f => clock.GetUtcNow() - f.CreatedAt > KeptFor))
        {
            Discard(stale);
        }

        var token = Guid.NewGuid().ToString("N");
        var file = new ExportFile(token, userId, fileName, contentType, System.IO.Path.Combine(directory, token), clock.GetUtcNow());
        waiting[token] = file;
        return file;
    }

    /// <summary>The file for its owner, opened so that closing it deletes it; null for anyone else or a second try.</summary>
    public (ExportFile File, FileStream Content)? Take(string token, string userId)
    {
        if (!waiting.TryGetValue(token, out var file) || file.UserId != userId || !waiting.TryRemove(token, out _))
        {
            return null;
        }

        return (file, new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.None, 64 * 1024, FileOptions.Asynchronous | FileOptions.DeleteOnClose));
    }

    /// <summary>A cancelled, failed or expired export: forgotten and deleted.</summary>
    public void Discard(ExportFile file)
    {
        waiting.TryRemove(file.Token, out _);
        File.Delete(file.Path);
    }
}
