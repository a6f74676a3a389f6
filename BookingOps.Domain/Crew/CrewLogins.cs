using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Crew;

/// <summary>Which crew member a login belongs to: the one question every crew member's own page starts from.</summary>
internal static class CrewLogins
{
    /// <summary>The crew member linked to <paramref name="userId"/>, or null for no login or an account with no crew record.</summary>
    public static async Task<int?> CrewMemberOfAsync(this BookingOpsDbContext db, string? userId, CancellationToken cancellationToken) =>
        userId is null ? null : await db.CrewMembers.Where(c => c.UserId == userId).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
}
