namespace BookingOps.Domain.Inquiries;

/// <summary>Where inquiries usually come from; the form offers these but accepts others.</summary>
public static class InquirySources
{
    public static IReadOnlyList<string> Common { get; } = ["Phone", "WhatsApp", "Walk-in", "Website", "Referral", "Social media", "Repeat customer"];
}
