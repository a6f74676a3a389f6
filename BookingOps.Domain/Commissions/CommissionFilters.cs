namespace BookingOps.Domain.Commissions;

/// <summary>The commission states that queries keep asking about, written once.</summary>
public static class CommissionFilters
{
    /// <summary>
    /// Approved between two instants (the business's midnights), paid yet or not: what the P&amp;L counts as the
    /// range's commissions, at the approved amount.
    /// </summary>
    public static IQueryable<Commission> ApprovedBetween(this IQueryable<Commission> commissions, DateTimeOffset from, DateTimeOffset until) =>
        commissions.Where(c => c.ApprovedAmount != null && c.ApprovedAt >= from && c.ApprovedAt < until);
}
