using BookingOps.Domain.Accounts;
using BookingOps.Tests.Infrastructure;
using BookingOps.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BookingOps.Tests.Http;

/// <summary>What the one-minute revalidation of open pages decides, for each way an Admin can end a session.</summary>
public sealed class SessionCheckTests : IAsyncDisposable
{
    private readonly BookingOpsApp app = new();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<bool> StillValidAsync(System.Security.Claims.ClaimsPrincipal principal)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await SessionCheck.IsStillValidAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            principal,
            scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value);
    }

    [Theory]
    [InlineData("deactivate")]
    [InlineData("change role")]
    [InlineData("reset password")]
    public async Task A_session_ends_when_an_admin_deactivates_the_user_changes_their_role_or_resets_their_password(string change)
    {
        await app.CompleteSetupAsync();
        var staff = await app.CreateUserAsync("siti@example.test", Roles.Staff);
        var bystander = await app.CreateUserAsync("ali@example.test", Roles.Staff);
        string adminId;
        System.Security.Claims.ClaimsPrincipal principal;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            adminId = (await users.FindByEmailAsync(BookingOpsApp.AdminEmail))!.Id;
            principal = await scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>().CreateUserPrincipalAsync((await users.FindByIdAsync(staff))!);
        }

        Assert.True(await StillValidAsync(principal));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            await administration.SetActiveAsync(adminId, bystander, active: false);
            Assert.True(await StillValidAsync(principal));

            await (change switch
            {
                "deactivate" => administration.SetActiveAsync(adminId, staff, active: false),
                "change role" => administration.ChangeRoleAsync(adminId, staff, Roles.Crew),
                _ => administration.ResetPasswordAsync(staff, new ResetPasswordInput { NewPassword = "a brand new password" }),
            });
        }

        Assert.False(await StillValidAsync(principal));
    }
}
