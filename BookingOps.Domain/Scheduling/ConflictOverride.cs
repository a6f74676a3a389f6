using BookingOps.Domain.Common;

namespace BookingOps.Domain.Scheduling;

/// <summary>Who may assign despite conflicts: an Admin, with a written reason that is kept.</summary>
public static class ConflictOverride
{
    /// <summary>The cleaned reason, or null when none was given; refuses a reason from anyone but an Admin.</summary>
    public static string? Check(string? reason, bool actorIsAdmin)
    {
        var cleaned = Text.Clean(reason);
        if (cleaned is not null && !actorIsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can assign despite conflicts.");
        }

        return cleaned;
    }
}
