namespace BookingOps.Domain.Common;

/// <summary>
/// Who is making a change: a signed-in user, or the system itself (setup, jobs, demo data). A signed-in
/// user's <paramref name="SecurityStamp"/> is the one their sign-in carries, checked against the account on every write.
/// </summary>
public sealed record Actor(string? UserId, string Name, bool IsAdmin = false, string? SecurityStamp = null)
{
    public static Actor System { get; } = new(null, "system");
}
