using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Domain;

public sealed class UserAdministrationTests : DomainTest
{
    private string adminId = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        adminId = (await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput())).Id;
    }

    private static NewUserInput Staff(string email = "siti@kilatbins.my", string role = Roles.Staff) =>
        new() { DisplayName = "Siti", Email = email, Role = role, Password = "office password 1" };

    [Fact]
    public async Task Admin_creates_staff_and_crew_who_appear_in_the_list_with_their_role()
    {
        var users = Harness.Get<UserAdministration>();
        await users.CreateAsync(Staff());
        await users.CreateAsync(Staff("driver@kilatbins.my", Roles.Crew));

        var list = await Harness.Get<UserAdministration>().ListAsync(null, new PageRequest(SortBy: nameof(UserSummary.Email)));

        Assert.Equal(
            [("driver@kilatbins.my", Roles.Crew), ("farid@kilatbins.my", Roles.Admin), ("siti@kilatbins.my", Roles.Staff)],
            list.Items.Select(u => (u.Email, u.Role)));
    }

    [Fact]
    public async Task A_taken_email_is_refused_beside_the_email_field()
    {
        await Harness.Get<UserAdministration>().CreateAsync(Staff());

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<UserAdministration>().CreateAsync(Staff()));

        Assert.Equal([nameof(NewUserInput.Email)], refusal.Errors.Keys);
    }

    [Fact]
    public async Task An_unknown_role_is_refused()
    {
        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<UserAdministration>().CreateAsync(Staff(role: "Owner")));

        Assert.Equal([nameof(NewUserInput.Role)], refusal.Errors.Keys);
    }

    [Fact]
    public async Task The_last_admin_can_neither_be_demoted_nor_deactivated()
    {
        var users = Harness.Get<UserAdministration>();
        var otherAdmin = await users.CreateAsync(Staff("boss2@kilatbins.my", Roles.Admin));

        await Assert.ThrowsAsync<BusinessRuleException>(() => users.ChangeRoleAsync(adminId, adminId, Roles.Staff));
        await Assert.ThrowsAsync<BusinessRuleException>(() => users.SetActiveAsync(adminId, adminId, active: false));

        await users.SetActiveAsync(adminId, otherAdmin, active: false);
        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => users.ChangeRoleAsync(otherAdmin, adminId, Roles.Crew));
        Assert.Equal("At least one active Admin must remain.", refusal.Message);
    }

    [Fact]
    public async Task A_role_change_takes_effect_and_changes_the_security_stamp()
    {
        var users = Harness.Get<UserAdministration>();
        var id = await users.CreateAsync(Staff());
        await using var before = Harness.Db();
        var stamp = before.Users.Single(u => u.Id == id).SecurityStamp;

        await users.ChangeRoleAsync(adminId, id, Roles.Crew);

        var summary = (await users.ListAsync("siti", new PageRequest())).Items.Single();
        Assert.Equal(Roles.Crew, summary.Role);
        await using var after = Harness.Db();
        Assert.NotEqual(stamp, after.Users.Single(u => u.Id == id).SecurityStamp);
    }

    [Fact]
    public async Task Reset_password_replaces_the_password_and_lifts_a_lock_out()
    {
        await using var scope = Harness.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var id = await users.CreateAsync(Staff());
        var user = (await manager.FindByIdAsync(id))!;
        // Identity's user manager reads the machine's clock for lock-outs; a lock-out without end needs none.
        await manager.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        Assert.True(await manager.IsLockedOutAsync(user));

        await users.ResetPasswordAsync(id, new ResetPasswordInput { NewPassword = "brand new password" });

        user = (await manager.FindByIdAsync(id))!;
        Assert.False(await manager.IsLockedOutAsync(user));
        Assert.True(await manager.CheckPasswordAsync(user, "brand new password"));
        Assert.False(await manager.CheckPasswordAsync(user, "office password 1"));
    }

    [Fact]
    public async Task A_too_short_reset_password_is_refused_and_the_old_one_kept()
    {
        await using var scope = Harness.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var id = await users.CreateAsync(Staff());

        await Assert.ThrowsAsync<DomainValidationException>(() => users.ResetPasswordAsync(id, new ResetPasswordInput { NewPassword = "short" }));

        var manager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await manager.CheckPasswordAsync((await manager.FindByIdAsync(id))!, "office password 1"));
    }

    [Fact]
    public async Task Changing_your_own_password_needs_the_current_one()
    {
        var users = Harness.Get<UserAdministration>();
        var wrong = new ChangePasswordInput { CurrentPassword = "guess", NewPassword = "a new long password", ConfirmPassword = "a new long password" };

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => users.ChangeOwnPasswordAsync(adminId, wrong));
        Assert.Equal([nameof(ChangePasswordInput.CurrentPassword)], refusal.Errors.Keys);

        wrong.CurrentPassword = "a long enough passphrase";
        await users.ChangeOwnPasswordAsync(adminId, wrong);
        await using var scope = Harness.Scope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await manager.CheckPasswordAsync((await manager.FindByIdAsync(adminId))!, "a new long password"));
    }

    [Theory]
    [InlineData("deactivate")]
    [InlineData("change role")]
    [InlineData("reset password")]
    public async Task After_an_admin_changes_an_account_its_open_sessions_next_write_is_refused_and_saves_nothing(string change)
    {
        var users = Harness.Get<UserAdministration>();
        var siti = await users.CreateAsync(Staff());
        string stamp;
        await using (var scope = Harness.Scope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            stamp = (await manager.GetSecurityStampAsync((await manager.FindByIdAsync(siti))!))!;
        }

        var sitiSignedIn = new Actor(siti, "siti@kilatbins.my", SecurityStamp: stamp);
        Harness.Actor.Current = sitiSignedIn;
        await Harness.Get<BookingOps.Domain.Customers.CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Before the change"));

        Harness.Actor.Current = new Actor(adminId, "farid@kilatbins.my", IsAdmin: true);
        await (change switch
        {
            "deactivate" => users.SetActiveAsync(adminId, siti, active: false),
            "change role" => users.ChangeRoleAsync(adminId, siti, Roles.Crew),
            _ => users.ResetPasswordAsync(siti, new ResetPasswordInput { NewPassword = "a brand new password" }),
        });

        Harness.Actor.Current = sitiSignedIn;
        await Assert.ThrowsAsync<SessionEndedException>(() =>
            Harness.Get<BookingOps.Domain.Customers.CustomerService>().CreateAsync(CustomerInputs.Valid(name: "After the change", phone: "019-777 1234")));
        await using var db = Harness.Db();
        Assert.Equal(["Before the change"], db.Customers.Select(c => c.Name).ToList());
    }
}
