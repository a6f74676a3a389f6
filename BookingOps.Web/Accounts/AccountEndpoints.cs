using BookingOps.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace BookingOps.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST with an antiforgery token, so a link on another site cannot sign anyone out.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (SignInManager<AppUser> signInManager) =>
        {
            await signInManager.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}
