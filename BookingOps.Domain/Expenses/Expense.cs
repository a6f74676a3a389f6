using BookingOps.Domain.Common;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// Money spent (EXP-2026-00042): a crew member's on a job, owed back to them once approved, or the
/// business's own overhead. A crew expense can be changed or deleted until it is approved; then it is
/// fixed, and once paid back its payout says so.
/// </summary>
public class Expense : IVersioned
{
    public const string NumberPrefix = "EXP";

    public int Id { get; set; }

    public string Number { get; private set; } = string.Empty;

    public ExpenseKind Kind { get; private set; }

    public int CategoryId { get; private set; }

    public DateOnly SpentOn { get; private set; }

    /// <summary>What was paid, tax included.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The tax inside <see cref="Amount"/>, as the receipt shows it (0 when none).</summary>
    public decimal Tax { get; private set; }

    public string? Vendor { get; private set; }

    public string Description { get; private set; } = string.Empty;

    /// <summary>Whose money it was (crew expenses only).</summary>
    public int? CrewMemberId { get; private set; }

    public int? BookingId { get; private set; }

    public int? DeliveryOrderId { get; private set; }

    public ExpenseStatus Status { get; private set; } = ExpenseStatus.Submitted;

    public string? RejectionReason { get; private set; }

    /// <summary>The receipt kept for it: a generated name in the app's file store, never the name it was sent with.</summary>
    public string? ReceiptFileName { get; private set; }

    public string? ReceiptContentType { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    /// <summary>Whether a live payout pays this crew expense back; set and cleared with the payout, like a job's.</summary>
    public bool IsPaid { get; private set; }

    public long Version { get; set; }

    /// <summary>A crew expense may change until it is approved; overhead, the Admin's own record, until it is paid (never).</summary>
    public bool CanChange => Kind == ExpenseKind.Overhead || Status != ExpenseStatus.Approved;

    public bool CanApprove => Kind == ExpenseKind.Crew && Status == ExpenseStatus.Submitted;

    public static Expense Create(string number, ExpenseInput input, string by, DateTimeOffset now)
    {
        var expense = new Expense
        {
            Number = number,
            Kind = input.Kind,
            CreatedBy = by,
            CreatedAt = now,
        };
        expense.Apply(input);
        if (input.Kind == ExpenseKind.Overhead)
        {
            (expense.Status, expense.ApprovedBy, expense.ApprovedAt) = (ExpenseStatus.Approved, by, now);
        }

        return expense;
    }

    public void Update(ExpenseInput input)
    {
        if (!CanChange)
        {
            throw new BusinessRuleException($"{Number} is approved and can no longer be changed.");
        }

        Apply(input);

        // A rejected expense that is corrected goes back to the office to look at again.
        (Status, RejectionReason) = Kind == ExpenseKind.Crew ? (ExpenseStatus.Submitted, null) : (Status, RejectionReason);
    }

    public void EnsureDeletable()
    {
        if (!CanChange)
        {
            throw new BusinessRuleException($"{Number} is approved and can no longer be deleted.");
        }
    }

    public void Approve(string by, DateTimeOffset now)
    {
        EnsureSubmitted("approved");
        (Status, ApprovedBy, ApprovedAt) = (ExpenseStatus.Approved, by, now);
    }

    public void Reject(string reason)
    {
        var given = Reasons.Required(reason, "Say why the expense is rejected, so the crew member can put it right.");
        EnsureSubmitted("rejected");
        (Status, RejectionReason) = (ExpenseStatus.Rejected, given);
    }

    public void AttachReceipt(string fileName, string contentType)
    {
        if (!CanChange)
        {
            throw new BusinessRuleException($"{Number} is approved; its receipt can no longer be changed.");
        }

        (ReceiptFileName, ReceiptContentType) = (fileName, contentType);
    }

    internal void MarkPaid(bool paid) => IsPaid = paid;

    private void EnsureSubmitted(string verb)
    {
        if (!CanApprove)
        {
            throw new BusinessRuleException($"{Number} is {Status.ToString().ToLowerInvariant()} and cannot be {verb}.");
        }
    }

    private void Apply(ExpenseInput input)
    {
        CategoryId = input.CategoryId;
        SpentOn = input.SpentOn;
        Amount = input.Amount;
        Tax = input.Tax;
        Vendor = Text.Clean(input.Vendor);
        Description = input.Description.Trim();
        (CrewMemberId, BookingId, DeliveryOrderId) = Kind == ExpenseKind.Crew
            ? (input.CrewMemberId, input.BookingId, input.DeliveryOrderId)
            : (null, null, null);
    }
}
