namespace BookingOps.Domain.Inquiries;

public enum InquiryStatus
{
    New = 1,
    Quoted = 2,
    Won = 3,
    Lost = 4,
}
