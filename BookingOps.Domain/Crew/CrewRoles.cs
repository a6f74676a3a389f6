namespace BookingOps.Domain.Crew;

/// <summary>The roles crew can hold; the list grows with use, these are offered first.</summary>
public static class CrewRoles
{
    /// <summary>The role that may drive a delivery order's lorry.</summary>
    public const string Driver = "driver";

    public static IReadOnlyList<string> Common { get; } = ["dancer", "performer", "emcee", "musician", Driver, "helper", "technician"];

    public static List<string> Normalize(IEnumerable<string> roles) =>
        roles.Select(r => r.Trim().ToLowerInvariant()).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
}
