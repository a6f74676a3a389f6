using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Accounts;

/// <summary>What a signed-in person chose for themselves (today: the dark theme), kept on their account.</summary>
public sealed class UserPreferences(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<bool> PrefersDarkModeAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == userId).Select(u => u.PrefersDarkMode).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task SetDarkModeAsync(string userId, bool dark, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.PrefersDarkMode, dark), cancellationToken);
    }
}
