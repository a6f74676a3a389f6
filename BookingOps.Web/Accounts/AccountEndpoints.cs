using BookingOps.Domain.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace BookingOps.Web.Accounts;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST that must carry the antiforgery token, so a link or form on another site cannot
    /// sign anyone out. The token is checked here because an endpoint that binds no form is not checked for us.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signInManager) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await signInManager.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        })
        .DisableAntiforgery();
    }
}
