using BookingOps.Domain.Common;

namespace BookingOps.Domain.Crew;

/// <summary>A crew member on a booking in a role, for a fee: Offered → Accepted or Declined → Completed.</summary>
public class CrewAssignment : IVersioned
{
    public int Id { get; set; }

    public int BookingId { get; private set; }

    public int CrewMemberId { get; private set; }

    public string Role { get; private set; } = string.Empty;

    public decimal Fee { get; private set; }

    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Offered;

    public string? DeclineReason { get; private set; }

    /// <summary>Why an Admin assigned despite conflicts; kept with the assignment and shown.</summary>
    public string? OverrideReason { get; private set; }

    /// <summary>The job's window, copied from the booking so clash checks are one indexed query.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>
    /// Kept so the longest assignment bounds clash searches from below: any assignment overlapping a window
    /// starts after window start minus the longest duration, which turns an open scan into a short range.
    /// </summary>
    public int DurationMinutes { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Whether a live payout pays this job. The payout lines are the record; this mark, set and cleared in
    /// the same transaction, keeps what is still owed to a small index over years of paid jobs.
    /// </summary>
    public bool IsPaid { get; private set; }

    public long Version { get; set; }

    /// <summary>Whether this assignment still holds the person's time.</summary>
    public bool HoldsTime => Status is AssignmentStatus.Offered or AssignmentStatus.Accepted;

    public static CrewAssignment Offer(int bookingId, int crewMemberId, string role, decimal fee, DateTimeOffset startsAt, DateTimeOffset endsAt, string? overrideReason, DateTimeOffset now)
    {
        if (fee < 0m || fee > 1_000_000m || decimal.Round(fee, 2) != fee)
        {
            throw new DomainValidationException(nameof(Fee), "The fee must be between 0 and 1,000,000, in sen at most.");
        }

        return new CrewAssignment
        {
            BookingId = bookingId,
            CrewMemberId = crewMemberId,
            Role = role.Trim().ToLowerInvariant(),
            Fee = fee,
            StartsAt = startsAt,
            EndsAt = endsAt,
            DurationMinutes = Minutes(startsAt, endsAt),
            OverrideReason = Text.Clean(overrideReason),
            CreatedAt = now,
        };
    }

    public void Accept() => Move(AssignmentStatus.Accepted, AssignmentStatus.Offered, "accepted");

    public void Decline(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("Reason", "Say why you are declining, so the office can plan.");
        }

        Move(AssignmentStatus.Declined, AssignmentStatus.Offered, "declined");
        DeclineReason = reason.Trim();
    }

    public void Complete() => Move(AssignmentStatus.Completed, AssignmentStatus.Accepted, "completed");

    internal void MarkPaid(bool paid) => IsPaid = paid;

    /// <summary>Keeps the copied window in step when the booking is rescheduled.</summary>
    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt) =>
        (StartsAt, EndsAt, DurationMinutes) = (startsAt, endsAt, Minutes(startsAt, endsAt));

    private static int Minutes(DateTimeOffset startsAt, DateTimeOffset endsAt) => (int)Math.Ceiling((endsAt - startsAt).TotalMinutes);

    private void Move(AssignmentStatus to, AssignmentStatus from, string verb)
    {
        if (Status != from)
        {
            throw new BusinessRuleException($"An assignment that is {Status.ToString().ToLowerInvariant()} cannot be {verb}.");
        }

        Status = to;
    }
}
