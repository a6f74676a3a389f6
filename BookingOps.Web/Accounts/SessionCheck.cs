using System.Security.Claims;
using BookingOps.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BookingOps.Web.Accounts;

/// <summary>Whether a signed-in principal still stands: the account exists, is active, and its security stamp is unchanged.</summary>
public static class SessionCheck
{
    /// <summary>
    /// Deactivation, a role change and a password reset all renew the security stamp (or deactivate), so
    /// a session signed in before any of them is no longer valid.
    /// </summary>
    public static async Task<bool> IsStillValidAsync(UserManager<AppUser> users, ClaimsPrincipal principal, IdentityOptions options)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || !user.IsActive)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        return principal.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType) == await users.GetSecurityStampAsync(user);
    }
}
