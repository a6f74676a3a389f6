using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Settings;

public sealed class BusinessSettingsService(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<BusinessProfile?> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.BusinessProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The time kept free between two jobs of the same person or asset.</summary>
    public async Task<TimeSpan> JobBufferAsync(CancellationToken cancellationToken = default) =>
        TimeSpan.FromMinutes((await GetAsync(cancellationToken))?.JobBufferMinutes ?? 0);

    public async Task UpdateAsync(BusinessProfileInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profile = await db.BusinessProfiles.SingleOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("The business has not been set up yet.");
        profile.Apply(input);
        await db.SaveVersionedAsync(
            profile,
            input.Version,
            "Someone else changed the business settings while you were editing. Nothing was saved: reload and try again.",
            cancellationToken);
    }
}
