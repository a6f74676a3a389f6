using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Payouts;

/// <summary>
/// Money paid to one crew member for jobs they did and expenses they paid (PAY-2026-00012). Never edited: a wrong payout is
/// reversed by an Admin with a reason, which puts its jobs back among what is owed.
/// </summary>
public class Payout : IVersioned
{
    public const string NumberPrefix = "PAY";

    public int Id { get; set; }

    public string Number { get; private set; } = string.Empty;

    public int CrewMemberId { get; private set; }

    /// <summary>Payouts made together in one batch share it.</summary>
    public Guid BatchId { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public PaymentMethod Method { get; private set; }

    public string? Reference { get; private set; }

    public decimal Amount { get; private set; }

    public List<PayoutLine> Lines { get; private set; } = [];

    public string PaidBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReversedAt { get; private set; }

    public string? ReversalReason { get; private set; }

    public long Version { get; set; }

    public bool IsReversed => ReversedAt is not null;

    public static Payout Create(
        string number, int crewMemberId, Guid batchId, IReadOnlyList<PayoutLine> lines, PayoutInput input, string paidBy, DateTimeOffset now) => new()
    {
        Number = number,
        CrewMemberId = crewMemberId,
        BatchId = batchId,
        PaidOn = input.PaidOn,
        Method = input.Method,
        Reference = Text.Clean(input.Reference),
        Lines = [.. lines],
        Amount = lines.Sum(l => l.Amount),
        PaidBy = paidBy,
        CreatedAt = now,
    };

    public void Reverse(string reason, DateTimeOffset now)
    {
        var given = Reasons.Required(reason, "Give the reason for reversing the payout.");
        if (IsReversed)
        {
            throw new BusinessRuleException($"{Number} was already reversed.");
        }

        (ReversedAt, ReversalReason) = (now, given);
        Lines.ForEach(l => l.IsReversed = true);
    }
}

/// <summary>
/// One job (at the fee it carried) or one approved crew expense paid by a payout. Each is paid by one live
/// payout line at most.
/// </summary>
public class PayoutLine
{
    public int Id { get; set; }

    public int PayoutId { get; set; }

    public int? CrewAssignmentId { get; set; }

    public int? ExpenseId { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Copied from the payout so the database can keep a job from being paid twice by live payouts.</summary>
    public bool IsReversed { get; set; }
}
