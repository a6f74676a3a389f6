using System.Security.Claims;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BookingOps.Web.Accounts;

/// <summary>
/// The signed-in user behind a change: from the circuit's authentication state in interactive pages,
/// from the HTTP request in static pages and endpoints, otherwise the system.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authenticationState, IHttpContextAccessor httpContextAccessor, IOptions<IdentityOptions> identity) : ICurrentActor
{
    public async ValueTask<Actor> GetAsync(CancellationToken cancellationToken = default)
    {
        ClaimsPrincipal? user;
        try
        {
            user = (await authenticationState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Outside a component (an endpoint, a background task) there is no authentication state.
            user = httpContextAccessor.HttpContext?.User;
        }

        if (user?.Identity?.IsAuthenticated != true)
        {
            return Actor.System;
        }

        return new Actor(
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.Identity.Name ?? "unknown",
            user.IsInRole(Roles.Admin),
            user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType),
            user.IsInRole(Roles.Staff));
    }
}
