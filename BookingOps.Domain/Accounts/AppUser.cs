using BookingOps.Domain.Auditing;
using Microsoft.AspNetCore.Identity;

namespace BookingOps.Domain.Accounts;

/// <summary>A person who signs in: the owner, office staff or a crew member.</summary>
[AuditName("User")]
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Deactivated users keep their history but can no longer sign in.</summary>
    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The dark theme, chosen with the toggle in the app bar and kept for every browser the person uses.</summary>
    public bool PrefersDarkMode { get; set; }
}
