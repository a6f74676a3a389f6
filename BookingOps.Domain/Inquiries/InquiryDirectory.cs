using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Inquiries;

public sealed class InquiryDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    /// <summary>Inquiries, newest first; by default the open ones (New and Quoted).</summary>
    public async Task<PagedResult<InquiryListItem>> ListAsync(InquiryStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var inquiries = status is { } only
            ? db.Inquiries.Where(i => i.Status == only)
            : db.Inquiries.Where(i => i.Status == InquiryStatus.New || i.Status == InquiryStatus.Quoted);
        var total = await inquiries.CountAsync(cancellationToken);
        var items = await inquiries
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .Skip(page.SafeSkip)
            .Take(page.SafeTake)
            .Join(db.Customers, i => i.CustomerId, c => c.Id, (i, c) => new InquiryListItem(
                i.Id, i.CustomerId, c.Name, c.Phone, i.Source, i.EventType, i.RequestedStart, i.Status, i.QuoteAmount, i.BookingId, i.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<InquiryListItem>(items, total);
    }

    public async Task<Inquiry?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Inquiries.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
    }
}
