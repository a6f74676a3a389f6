namespace BookingOps.Domain.Settings;

/// <summary>Where uploaded files live: a folder outside the web root, files under generated names only.</summary>
public sealed record FileStore(string Directory)
{
    /// <summary>The full path of a stored file; refuses names that could reach outside the folder.</summary>
    public string PathOf(string fileName)
    {
        if (fileName.Length == 0 || fileName != Path.GetFileName(fileName) || fileName.StartsWith('.'))
        {
            throw new ArgumentException("Not a stored file name.", nameof(fileName));
        }

        return Path.Combine(Directory, fileName);
    }
}
