using BookingOps.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BookingOps.Web.Accounts;

/// <summary>
/// Re-checks an open circuit's user every minute, so a deactivated user, a changed role or a reset
/// password ends the session on open pages too, not only on the next request.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await SessionCheck.IsStillValidAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), authenticationState.User, options.Value);
    }
}
