namespace BookingOps.Web.Components.Ui;

/// <summary>The IANA time zones this machine knows, for pickers.</summary>
public static class TimeZones
{
    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();
}
