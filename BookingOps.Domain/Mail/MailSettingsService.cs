using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Mail;

/// <summary>The mail server settings: the Admin reads and changes them; the outbox reads the connection to send.</summary>
public sealed class MailSettingsService(IDbContextFactory<BookingOpsDbContext> dbFactory, ICurrentActor actor, IDataProtectionProvider protection)
{
    private const string Purpose = "BookingOps.Mail.SmtpPassword";

    public async Task<MailSettingsInput> GetAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var saved = await db.MailSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return saved is null
            ? new MailSettingsInput()
            : new MailSettingsInput
            {
                Host = saved.Host, Port = saved.Port, Security = saved.Security, UserName = saved.UserName, FromAddress = saved.FromAddress,
                HasPassword = saved.ProtectedPassword is not null, Version = saved.Version,
            };
    }

    public async Task SaveAsync(MailSettingsInput input, CancellationToken cancellationToken = default)
    {
        await EnsureAdminAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var settings = await db.MailSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new MailSettings();
            db.MailSettings.Add(settings);
        }

        (settings.Host, settings.Port, settings.Security, settings.UserName, settings.FromAddress) =
            (input.Host.Trim(), input.Port, input.Security, Text.Clean(input.UserName), input.FromAddress.Trim());
        if (!string.IsNullOrEmpty(input.Password))
        {
            settings.ProtectedPassword = protection.CreateProtector(Purpose).Protect(input.Password);
        }

        await db.SaveVersionedAsync(settings, input.Version, "Someone else changed the mail settings while you were editing. Nothing was saved: reload and try again.", cancellationToken);
    }

    /// <summary>The connection to send with, or null while no mail server is set.</summary>
    internal async Task<MailConnection?> ConnectionAsync(BookingOpsDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.MailSettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            return null;
        }

        var name = await db.BusinessProfiles.Select(p => p.Name).SingleOrDefaultAsync(cancellationToken) ?? "BookingOps";
        var password = settings.ProtectedPassword is { } sealedPassword ? protection.CreateProtector(Purpose).Unprotect(sealedPassword) : null;
        return new MailConnection(settings.Host, settings.Port, settings.Security, settings.UserName, password, settings.FromAddress, name);
    }

    private async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can see and change the mail server.");
        }
    }
}
