namespace BookingOps.Web.Hosting;

/// <summary>The resolved, absolute places where this installation keeps its data.</summary>
public sealed record DataLocations(string DataDirectory, string DatabasePath, string KeysDirectory)
{
    public static DataLocations Resolve(BookingOpsOptions options, string contentRoot)
    {
        var dataDirectory = Path.GetFullPath(options.DataDirectory, contentRoot);
        var databasePath = Path.GetFullPath(options.DatabasePath ?? "bookingops.db", dataDirectory);
        return new DataLocations(dataDirectory, databasePath, Path.Combine(dataDirectory, "keys"));
    }

    /// <summary>Uploads (the logo, later attachments), under generated names.</summary>
    public string FilesDirectory => Path.Combine(DataDirectory, "files");

    /// <summary>Report exports waiting to be downloaded by the user who asked for them; never served as static files.</summary>
    public string ExportsDirectory => Path.Combine(DataDirectory, "exports");

    public string ConnectionString => $"Data Source={DatabasePath};Foreign Keys=True;Pooling=True";
}
