namespace BookingOps.Domain.Inquiries;

public sealed record InquiryListItem(
    int Id,
    int CustomerId,
    string CustomerName,
    string CustomerPhone,
    string Source,
    string EventType,
    DateTimeOffset? RequestedStart,
    InquiryStatus Status,
    decimal? QuoteAmount,
    int? BookingId,
    DateTimeOffset CreatedAt);
