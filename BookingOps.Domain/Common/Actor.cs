namespace BookingOps.Domain.Common;

/// <summary>
/// Who is making a change: a signed-in user, or the system itself (setup, jobs, demo data). A signed-in
/// user's <paramref name="SecurityStamp"/> is the one their sign-in carries, checked against the account on every write.
/// <paramref name="IsStaff"/> marks the office's Staff role; neither it nor <paramref name="IsAdmin"/> means a Crew
/// login (or the system), which reads only its own work where the domain decides what a user sees.
/// </summary>
public sealed record Actor(string? UserId, string Name, bool IsAdmin = false, string? SecurityStamp = null, bool IsStaff = false)
{
    public static Actor System { get; } = new(null, "system");

    /// <summary>Admin or Staff: the office, who see every customer, booking and document.</summary>
    public bool IsOffice => IsAdmin || IsStaff;
}
