namespace BookingOps.Domain.Common;

/// <summary>Who is making a change: a signed-in user, or the system itself (setup, jobs, demo data).</summary>
public sealed record Actor(string? UserId, string Name, bool IsAdmin = false)
{
    public static Actor System { get; } = new(null, "system");
}
