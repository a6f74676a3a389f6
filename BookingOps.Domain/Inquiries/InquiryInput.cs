using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;

namespace BookingOps.Domain.Inquiries;

/// <summary>The inquiry form: an existing customer (CustomerId) or a new one (NewCustomer); times are business-local.</summary>
public sealed class InquiryInput : IValidatableObject
{
    public int? CustomerId { get; set; }

    /// <summary>Filled when the caller is not a customer yet; saved together with the inquiry.</summary>
    public CustomerInput? NewCustomer { get; set; }

    [Required(ErrorMessage = "Where did the inquiry come from?")]
    [StringLength(50, ErrorMessage = "Keep the source under 50 characters.")]
    public string Source { get; set; } = "Phone";

    [Required(ErrorMessage = "What kind of event or job is it?")]
    [StringLength(100, ErrorMessage = "Keep the event type under 100 characters.")]
    public string EventType { get; set; } = string.Empty;

    [SaneDate]
    public DateTime? RequestedStart { get; set; }

    [SaneDate]
    public DateTime? RequestedEnd { get; set; }

    [StringLength(300, ErrorMessage = "Keep the address under 300 characters.")]
    public string? Address { get; set; }

    [StringLength(80, ErrorMessage = "Keep the area under 80 characters.")]
    public string? Area { get; set; }

    [StringLength(80, ErrorMessage = "Keep the state under 80 characters.")]
    public string? State { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    public long Version { get; set; }

    /// <summary>The form filled from a saved inquiry, with its times in <paramref name="zone"/>.</summary>
    public static InquiryInput From(Inquiry inquiry, TimeZoneInfo zone) => new()
    {
        CustomerId = inquiry.CustomerId,
        Source = inquiry.Source,
        EventType = inquiry.EventType,
        RequestedStart = inquiry.RequestedStart is { } start ? TimeZoneInfo.ConvertTime(start, zone).DateTime : null,
        RequestedEnd = inquiry.RequestedEnd is { } end ? TimeZoneInfo.ConvertTime(end, zone).DateTime : null,
        Address = inquiry.Address,
        Area = inquiry.Area,
        State = inquiry.State,
        Notes = inquiry.Notes,
        Version = inquiry.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (CustomerId is null or <= 0 && NewCustomer is null)
        {
            yield return new ValidationResult("Choose a customer or enter a new one.", [nameof(CustomerId)]);
        }

        if (RequestedStart is { } start && RequestedEnd is { } end && end <= start)
        {
            yield return new ValidationResult("The end must be after the start.", [nameof(RequestedEnd)]);
        }

        if (RequestedEnd is not null && RequestedStart is null)
        {
            yield return new ValidationResult("Give the start as well as the end.", [nameof(RequestedStart)]);
        }
    }
}
