using BookingOps.Domain.Billing;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>The business's letterhead on exported reports, as on its invoices.</summary>
public sealed class ReportHeaders(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessLogo logo)
{
    public async Task<DocumentHeader> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await DocumentSources.HeaderAsync(db, logo, cancellationToken)).Header;
    }
}
