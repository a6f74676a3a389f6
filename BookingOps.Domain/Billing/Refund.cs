using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

/// <summary>Money going back to a customer against an invoice: requested, approved by an Admin, then processed.</summary>
public class Refund : IVersioned
{
    public int Id { get; set; }

    public int InvoiceId { get; private set; }

    public decimal Amount { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public RefundStatus Status { get; private set; } = RefundStatus.Pending;

    public string RequestedBy { get; private set; } = string.Empty;

    public DateTimeOffset RequestedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public PaymentMethod? Method { get; private set; }

    public string? Reference { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public long Version { get; set; }

    /// <summary>Counts against what may still be refunded until it is rejected.</summary>
    public bool IsClaim => Status != RefundStatus.Rejected;

    public static Refund Request(RefundInput input, string requestedBy, DateTimeOffset now) => new()
    {
        InvoiceId = input.InvoiceId,
        Amount = input.Amount,
        Reason = input.Reason.Trim(),
        RequestedBy = requestedBy,
        RequestedAt = now,
    };

    public void Approve(string admin, DateTimeOffset now)
    {
        Move(RefundStatus.Approved, RefundStatus.Pending, "approved");
        (DecidedBy, DecidedAt) = (admin, now);
    }

    public void Reject(string reason, string admin, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("Reason", "Say why the refund is rejected.");
        }

        Move(RefundStatus.Rejected, RefundStatus.Pending, "rejected");
        (DecidedBy, DecidedAt, RejectionReason) = (admin, now, reason.Trim());
    }

    public void Process(PaymentMethod method, string? reference, DateTimeOffset now)
    {
        if (!Enum.IsDefined(method))
        {
            throw new DomainValidationException("Method", "Choose how the money went back.");
        }

        if (reference?.Trim().Length > 100)
        {
            throw new DomainValidationException("Reference", "Keep the reference under 100 characters.");
        }

        Move(RefundStatus.Processed, RefundStatus.Approved, "processed");
        (Method, Reference, ProcessedAt) = (method, Text.Clean(reference), now);
    }

    private void Move(RefundStatus to, RefundStatus from, string verb)
    {
        if (Status != from)
        {
            throw new BusinessRuleException($"A refund that is {Status.ToString().ToLowerInvariant()} cannot be {verb}.");
        }

        Status = to;
    }
}
