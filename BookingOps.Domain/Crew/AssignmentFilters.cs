namespace BookingOps.Domain.Crew;

/// <summary>The assignment states that queries keep asking about, written once.</summary>
public static class AssignmentFilters
{
    /// <summary>
    /// Accepted or completed: the person took the job, so its fee is the business's cost (the P&amp;L's crew fees,
    /// a booking's profit) and, once the job is done, owed to them.
    /// </summary>
    public static IQueryable<CrewAssignment> Taken(this IQueryable<CrewAssignment> assignments) =>
        assignments.Where(a => a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed);
}
