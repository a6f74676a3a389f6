using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Setup;

/// <summary>
/// Creates the business profile and the first Admin, once. The business profile row is the marker
/// that setup is done: after it exists, setup refuses to run again.
/// </summary>
public sealed class FirstRunSetup(
    BookingOpsDbContext db,
    UserManager<AppUser> userManager,
    DemoDataGenerator demoData,
    SetupStatus status,
    TimeProvider clock)
{
    public async Task<bool> IsCompleteAsync(CancellationToken cancellationToken = default)
    {
        if (!status.KnownComplete && await db.BusinessProfiles.AsNoTracking().AnyAsync(cancellationToken))
        {
            status.MarkComplete();
        }

        return status.KnownComplete;
    }

    public async Task<AppUser> CompleteAsync(SetupInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.BusinessProfiles.AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("Setup has already been completed.");
        }

        var now = clock.GetUtcNow();
        var profile = new BusinessProfile { SetupCompletedAt = now };
        profile.Apply(input.Business);
        db.BusinessProfiles.Add(profile);
        await db.SaveChangesAsync(cancellationToken);

        var admin = new AppUser
        {
            UserName = input.AdminEmail.Trim(),
            Email = input.AdminEmail.Trim(),
            EmailConfirmed = true,
            DisplayName = input.AdminName.Trim(),
            CreatedAt = now,
        };
        IdentityResults.EnsureSucceeded(
            await userManager.CreateAsync(admin, input.AdminPassword), nameof(SetupInput.AdminPassword), nameof(SetupInput.AdminEmail));
        IdentityResults.EnsureSucceeded(await userManager.AddToRoleAsync(admin, Roles.Admin));

        await transaction.CommitAsync(cancellationToken);
        status.MarkComplete();

        if (input.LoadDemoData)
        {
            await demoData.GenerateAsync(DemoDataOptions.Showcase, cancellationToken);
        }

        return admin;
    }
}
