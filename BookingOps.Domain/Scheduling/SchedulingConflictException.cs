using BookingOps.Domain.Common;

namespace BookingOps.Domain.Scheduling;

/// <summary>An assignment or a move was refused because of these conflicts; nothing was saved.</summary>
public sealed class SchedulingConflictException(IReadOnlyList<Conflict> conflicts)
    : BusinessRuleException(string.Join(" ", conflicts.Select(c => c.Message)))
{
    public IReadOnlyList<Conflict> Conflicts { get; } = conflicts;
}
