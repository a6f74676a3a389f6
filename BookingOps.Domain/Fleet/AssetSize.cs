namespace BookingOps.Domain.Fleet;

/// <summary>
/// Sizes are typed by people ("4 x 12 x 6 ft", "4×12×6"), so they are compared by a key: lower case, no
/// spaces, no unit, one kind of "×". The migration that added the key mirrors this with SQL REPLACE calls.
/// </summary>
public static class AssetSize
{
    public static string? Key(string? size)
    {
        if (string.IsNullOrWhiteSpace(size))
        {
            return null;
        }

        var key = string.Concat(size.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)))
            .Replace("feet", string.Empty, StringComparison.Ordinal)
            .Replace("ft", string.Empty, StringComparison.Ordinal)
            .Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace('x', '×')
            .Replace('*', '×');
        return key.Length == 0 ? null : key;
    }
}
