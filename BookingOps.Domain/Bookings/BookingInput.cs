using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Bookings;

/// <summary>The booking form. Times are wall-clock times in the business's time zone.</summary>
public sealed class BookingInput : IValidatableObject
{
    /// <summary>A single booking spans at most this long (a festival, a long rental).</summary>
    public static readonly TimeSpan LongestJob = TimeSpan.FromDays(366);

    [Range(1, int.MaxValue, ErrorMessage = "Choose the customer.")]
    public int CustomerId { get; set; }

    [Required(ErrorMessage = "Enter the service, e.g. wedding dance show.")]
    [StringLength(100, ErrorMessage = "Keep the service under 100 characters.")]
    public string ServiceType { get; set; } = string.Empty;

    [SaneDate]
    public DateTime Start { get; set; }

    [SaneDate]
    public DateTime End { get; set; }

    [StringLength(300, ErrorMessage = "Keep the address under 300 characters.")]
    public string? Address { get; set; }

    [StringLength(80, ErrorMessage = "Keep the area under 80 characters.")]
    public string? Area { get; set; }

    [StringLength(80, ErrorMessage = "Keep the state under 80 characters.")]
    public string? State { get; set; }

    public List<RoleRequirementInput> RoleRequirements { get; set; } = [];

    public List<AssetRequirementInput> AssetRequirements { get; set; } = [];

    public List<PriceLineInput> PriceLines { get; set; } = [];

    public DepositKind DepositKind { get; set; } = DepositKind.Percent;

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The deposit must be between 0 and 10,000,000.")]
    [MaxDecimals(2)]
    public decimal DepositValue { get; set; }

    [SaneDate]
    public DateOnly? DepositDueDate { get; set; }

    [SaneDate]
    public DateOnly? FinalDueDate { get; set; }

    /// <summary>Until when a tentative booking holds the date.</summary>
    [SaneDate]
    public DateTime? HoldUntil { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the notes under 2,000 characters.")]
    public string? Notes { get; set; }

    public long Version { get; set; }

    /// <summary>The form filled from a saved booking, with its times in <paramref name="zone"/>.</summary>
    public static BookingInput From(Booking booking, TimeZoneInfo zone) => new()
    {
        CustomerId = booking.CustomerId,
        ServiceType = booking.ServiceType,
        Start = TimeZoneInfo.ConvertTime(booking.StartsAt, zone).DateTime,
        End = TimeZoneInfo.ConvertTime(booking.EndsAt, zone).DateTime,
        Address = booking.Address,
        Area = booking.Area,
        State = booking.State,
        RoleRequirements = booking.RoleRequirements.Select(r => new RoleRequirementInput { Role = r.Role, Count = r.Count }).ToList(),
        AssetRequirements = booking.AssetRequirements.Select(a => new AssetRequirementInput { AssetType = a.AssetType, Size = a.Size, Count = a.Count }).ToList(),
        PriceLines = booking.PriceLines.Select(PriceLineInput.From).ToList(),
        DepositKind = booking.DepositKind,
        DepositValue = Decimals.Trimmed(booking.DepositValue),
        DepositDueDate = booking.DepositDueDate,
        FinalDueDate = booking.FinalDueDate,
        HoldUntil = booking.HoldExpiresAt is { } hold ? TimeZoneInfo.ConvertTime(hold, zone).DateTime : null,
        Notes = booking.Notes,
        Version = booking.Version,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (End <= Start)
        {
            yield return new ValidationResult("The end must be after the start.", [nameof(End)]);
        }
        else if (End - Start > LongestJob)
        {
            yield return new ValidationResult("A booking can last at most a year; split longer jobs.", [nameof(End)]);
        }

        if (DepositKind == DepositKind.Percent && DepositValue > 100m)
        {
            yield return new ValidationResult("A deposit percentage must be between 0 and 100.", [nameof(DepositValue)]);
        }

        if (FinalDueDate is { } final && DepositDueDate is { } deposit && final < deposit)
        {
            yield return new ValidationResult("The final payment cannot be due before the deposit.", [nameof(FinalDueDate)]);
        }

        if (PriceLines.Count > 100)
        {
            yield return new ValidationResult("A booking can have at most 100 price lines.", [nameof(PriceLines)]);
        }

        if (PriceLineInput.TotalRule(PriceLines, nameof(PriceLines)) is { } tooMuch)
        {
            yield return tooMuch;
        }
    }
}
