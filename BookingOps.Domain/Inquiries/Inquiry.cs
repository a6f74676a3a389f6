using BookingOps.Domain.Common;

namespace BookingOps.Domain.Inquiries;

/// <summary>A request for a job that may become a booking: New → Quoted → Won (a booking) or Lost.</summary>
public class Inquiry : IVersioned
{
    public int Id { get; set; }

    public int CustomerId { get; private set; }

    public string Source { get; private set; } = string.Empty;

    public string EventType { get; private set; } = string.Empty;

    public DateTimeOffset? RequestedStart { get; private set; }

    public DateTimeOffset? RequestedEnd { get; private set; }

    public string? Address { get; private set; }

    public string? Area { get; private set; }

    public string? State { get; private set; }

    public string? Notes { get; private set; }

    public InquiryStatus Status { get; private set; } = InquiryStatus.New;

    public decimal? QuoteAmount { get; private set; }

    public string? LostReason { get; private set; }

    /// <summary>The booking this inquiry became.</summary>
    public int? BookingId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long Version { get; set; }

    public static Inquiry Create(int customerId, InquiryInput input, DateTimeOffset? start, DateTimeOffset? end, DateTimeOffset now)
    {
        var inquiry = new Inquiry { CreatedAt = now };
        inquiry.Apply(customerId, input, start, end);
        return inquiry;
    }

    public bool IsOpen => Status is InquiryStatus.New or InquiryStatus.Quoted;

    public void Update(int customerId, InquiryInput input, DateTimeOffset? start, DateTimeOffset? end)
    {
        EnsureOpen("changed");
        Apply(customerId, input, start, end);
    }

    public void RecordQuote(decimal amount, string currency)
    {
        EnsureOpen("quoted");
        if (amount <= 0m || amount > 10_000_000m)
        {
            throw new DomainValidationException("QuoteAmount", "Quote an amount above 0 and at most 10,000,000.");
        }

        QuoteAmount = Money.Round(amount, currency);
        Status = InquiryStatus.Quoted;
    }

    public void MarkLost(string reason)
    {
        EnsureOpen("marked lost");
        LostReason = Reasons.Required(reason, "Say why the inquiry was lost.");
        Status = InquiryStatus.Lost;
    }

    public void MarkWon(int bookingId)
    {
        EnsureOpen("converted");
        BookingId = bookingId;
        Status = InquiryStatus.Won;
    }

    private void EnsureOpen(string verb)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException($"An inquiry that is {Status.ToString().ToLowerInvariant()} cannot be {verb}.");
        }
    }

    private void Apply(int customerId, InquiryInput input, DateTimeOffset? start, DateTimeOffset? end)
    {
        CustomerId = customerId;
        Source = input.Source.Trim();
        EventType = input.EventType.Trim();
        RequestedStart = start;
        RequestedEnd = end;
        Address = Text.Clean(input.Address);
        Area = Text.Clean(input.Area);
        State = Text.Clean(input.State);
        Notes = Text.Clean(input.Notes);
    }
}
