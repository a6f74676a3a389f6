using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Accounts;

/// <summary>
/// Admin's user management and everyone's own password change. Works through Identity's
/// <see cref="UserManager{TUser}"/>, whose context lives as long as the page's scope: each use case
/// starts from a clean change tracker so it never acts on stale rows.
/// </summary>
public sealed class UserAdministration(BookingOpsDbContext db, UserManager<AppUser> userManager, TimeProvider clock)
{
    public async Task<PagedResult<UserSummary>> ListAsync(string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            users = users.Where(u => u.DisplayName.Contains(term) || u.Email!.Contains(term));
        }

        var now = clock.GetUtcNow();
        var rows = users.Select(u => new
        {
            u.Id,
            u.DisplayName,
            Email = u.Email ?? string.Empty,
            Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).FirstOrDefault() ?? string.Empty,
            u.IsActive,
            u.LockoutEnd,
            u.CreatedAt,
        });
        var total = await rows.CountAsync(cancellationToken);
        rows = (page.SortBy, page.Descending) switch
        {
            (nameof(UserSummary.Email), false) => rows.OrderBy(u => u.Email),
            (nameof(UserSummary.Email), true) => rows.OrderByDescending(u => u.Email),
            (nameof(UserSummary.Role), false) => rows.OrderBy(u => u.Role).ThenBy(u => u.DisplayName),
            (nameof(UserSummary.Role), true) => rows.OrderByDescending(u => u.Role).ThenBy(u => u.DisplayName),
            (_, true) => rows.OrderByDescending(u => u.DisplayName),
            _ => rows.OrderBy(u => u.DisplayName),
        };
        var items = await rows.Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        return new PagedResult<UserSummary>(
            items.Select(u => new UserSummary(u.Id, u.DisplayName, u.Email, u.Role, u.IsActive, u.LockoutEnd > now, u.CreatedAt)).ToList(),
            total);
    }

    /// <summary>Active Crew logins, for linking to crew members.</summary>
    public async Task<IReadOnlyList<UserSummary>> CrewLoginsAsync(CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Crew)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new UserSummary(u.Id, u.DisplayName, u.Email ?? string.Empty, Roles.Crew, u.IsActive, false, u.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<string> CreateAsync(NewUserInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        db.ChangeTracker.Clear();
        var user = new AppUser
        {
            UserName = input.Email.Trim(),
            Email = input.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = input.DisplayName.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResults.EnsureSucceeded(await userManager.CreateAsync(user, input.Password), nameof(NewUserInput.Password), nameof(NewUserInput.Email));
        IdentityResults.EnsureSucceeded(await userManager.AddToRoleAsync(user, input.Role), nameof(NewUserInput.Role));
        await transaction.CommitAsync(cancellationToken);
        return user.Id;
    }

    public async Task ChangeRoleAsync(string actingUserId, string userId, string role, CancellationToken cancellationToken = default)
    {
        if (!Roles.All.Contains(role))
        {
            throw new DomainValidationException(nameof(NewUserInput.Role), "Choose Admin, Staff or Crew.");
        }

        db.ChangeTracker.Clear();
        var user = await FindAsync(userId);
        var current = (await userManager.GetRolesAsync(user)).ToList();
        if (current.SequenceEqual([role]))
        {
            return;
        }

        if (current.Contains(Roles.Admin))
        {
            if (userId == actingUserId)
            {
                throw new BusinessRuleException("You cannot remove your own Admin role.");
            }

            await EnsureAnotherActiveAdminAsync(user);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResults.EnsureSucceeded(await userManager.RemoveFromRolesAsync(user, current));
        IdentityResults.EnsureSucceeded(await userManager.AddToRoleAsync(user, role));
        // A new security stamp signs the user out everywhere, so the new role applies at once.
        IdentityResults.EnsureSucceeded(await userManager.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SetActiveAsync(string actingUserId, string userId, bool active, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var user = await FindAsync(userId);
        if (user.IsActive == active)
        {
            return;
        }

        if (!active)
        {
            if (userId == actingUserId)
            {
                throw new BusinessRuleException("You cannot deactivate your own account.");
            }

            if (await userManager.IsInRoleAsync(user, Roles.Admin))
            {
                await EnsureAnotherActiveAdminAsync(user);
            }
        }

        user.IsActive = active;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResults.EnsureSucceeded(await userManager.UpdateAsync(user));
        IdentityResults.EnsureSucceeded(await userManager.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets a new password chosen by the Admin and lifts any lock-out.</summary>
    public async Task ResetPasswordAsync(string userId, ResetPasswordInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        db.ChangeTracker.Clear();
        var user = await FindAsync(userId);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        IdentityResults.EnsureSucceeded(await userManager.RemovePasswordAsync(user));
        IdentityResults.EnsureSucceeded(await userManager.AddPasswordAsync(user, input.NewPassword), nameof(ResetPasswordInput.NewPassword));
        IdentityResults.EnsureSucceeded(await userManager.SetLockoutEndDateAsync(user, null));
        IdentityResults.EnsureSucceeded(await userManager.ResetAccessFailedCountAsync(user));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task ChangeOwnPasswordAsync(string userId, ChangePasswordInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        db.ChangeTracker.Clear();
        var user = await FindAsync(userId);

        // Wrong guesses count towards the same lock-out as sign-in, so an open session cannot guess freely.
        if (await userManager.IsLockedOutAsync(user))
        {
            throw new DomainValidationException(nameof(ChangePasswordInput.CurrentPassword), PasswordRules.LockedOutMessage);
        }

        if (!await userManager.CheckPasswordAsync(user, input.CurrentPassword))
        {
            IdentityResults.EnsureSucceeded(await userManager.AccessFailedAsync(user));
            throw new DomainValidationException(
                nameof(ChangePasswordInput.CurrentPassword),
                await userManager.IsLockedOutAsync(user) ? PasswordRules.LockedOutMessage : "The current password is not right.");
        }

        IdentityResults.EnsureSucceeded(await userManager.ResetAccessFailedCountAsync(user));

        IdentityResults.EnsureSucceeded(
            await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword),
            nameof(ChangePasswordInput.NewPassword));
    }

    private async Task<AppUser> FindAsync(string userId) =>
        await userManager.FindByIdAsync(userId) ?? throw new BusinessRuleException("This user no longer exists.");

    private async Task EnsureAnotherActiveAdminAsync(AppUser user)
    {
        var admins = await userManager.GetUsersInRoleAsync(Roles.Admin);
        if (!admins.Any(a => a.Id != user.Id && a.IsActive))
        {
            throw new BusinessRuleException("At least one active Admin must remain.");
        }
    }
}
