namespace BookingOps.Tests.Infrastructure;

public static class RepositoryRoot
{
    /// <summary>The folder holding BookingOps.sln, where appsettings.json and wwwroot/ live.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "BookingOps.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BookingOps.sln not found above " + AppContext.BaseDirectory);
    }
}
