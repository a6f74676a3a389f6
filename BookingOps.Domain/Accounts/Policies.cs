namespace BookingOps.Domain.Accounts;

/// <summary>Authorization policy names; every page and endpoint names one of these (or allows anonymous).</summary>
public static class Policies
{
    /// <summary>Settings, users, audit log.</summary>
    public const string AdminOnly = "AdminOnly";

    /// <summary>The office: customers, bookings, billing. Admin and Staff.</summary>
    public const string Office = "Office";

    /// <summary>Crew pages: their own work only.</summary>
    public const string CrewOnly = "CrewOnly";
}
