using BookingOps.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BookingOps.Web.Accounts;

/// <summary>
/// Refuses sign-in to deactivated accounts (the result reads "not allowed"), and makes an unknown email cost
/// the same password check as a known one, so the time of an answer does not tell which emails have accounts.
/// </summary>
public sealed class ActiveUserSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>A hash made once with the app's own hasher, checked against when no account has the email.</summary>
    private static string? standInHash;

    public override async Task<bool> CanSignInAsync(AppUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        if (await UserManager.FindByNameAsync(userName) is null)
        {
            standInHash ??= UserManager.PasswordHasher.HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));
            UserManager.PasswordHasher.VerifyHashedPassword(new AppUser(), standInHash, password);
            return SignInResult.Failed;
        }

        return await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
    }
}
