using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Settings;

/// <summary>The business settings form, validated the same way in the browser and in the domain.</summary>
public sealed class BusinessProfileInput
{
    [Required(ErrorMessage = "Enter the business name.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(40, ErrorMessage = "Keep the registration number under 40 characters.")]
    public string? RegistrationNumber { get; set; }

    [StringLength(40, ErrorMessage = "Keep the tax registration number under 40 characters.")]
    public string? TaxRegistrationNumber { get; set; }

    [StringLength(300, ErrorMessage = "Keep the address under 300 characters.")]
    public string? Address { get; set; }

    [PhoneNumber]
    [StringLength(30, ErrorMessage = "Keep the phone number under 30 characters.")]
    public string? Phone { get; set; }

    [Email]
    [StringLength(254, ErrorMessage = "Keep the email under 254 characters.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter a currency code.")]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "Use a three-letter ISO currency code, e.g. MYR.")]
    [StringLength(3, ErrorMessage = "Use a three-letter ISO currency code, e.g. MYR.")]
    public string CurrencyCode { get; set; } = "MYR";

    [Required(ErrorMessage = "Enter the tax name, e.g. SST.")]
    [StringLength(20, ErrorMessage = "Keep the tax name under 20 characters.")]
    public string TaxName { get; set; } = "SST";

    [Range(typeof(decimal), "0", "100", ErrorMessage = "The tax rate must be between 0 and 100 %.")]
    [MaxDecimals(3)]
    public decimal TaxRatePercent { get; set; } = 6m;

    [Required(ErrorMessage = "Choose a time zone.")]
    [KnownTimeZone]
    [StringLength(100, ErrorMessage = "Choose a time zone.")]
    public string TimeZoneId { get; set; } = "Asia/Kuala_Lumpur";

    [Range(0, 365, ErrorMessage = "Payment terms must be between 0 and 365 days.")]
    public int PaymentTermsDays { get; set; } = 14;

    [Range(0, 24 * 60, ErrorMessage = "The buffer between jobs must be between 0 and 1,440 minutes.")]
    public int JobBufferMinutes { get; set; } = 30;

    [Range(typeof(decimal), "0", "100", ErrorMessage = "The default deposit must be between 0 and 100 %.")]
    [MaxDecimals(2)]
    public decimal DefaultDepositPercent { get; set; } = 30m;

    [Range(typeof(decimal), "0", "100", ErrorMessage = "The commission must be between 0 and 100 %.")]
    [MaxDecimals(2)]
    public decimal DefaultCommissionPercent { get; set; } = 5m;

    public long Version { get; set; }

    public static BusinessProfileInput From(BusinessProfile profile) => new()
    {
        Name = profile.Name,
        RegistrationNumber = profile.RegistrationNumber,
        TaxRegistrationNumber = profile.TaxRegistrationNumber,
        Address = profile.Address,
        Phone = profile.Phone,
        Email = profile.Email,
        CurrencyCode = profile.CurrencyCode,
        TaxName = profile.TaxName,
        TaxRatePercent = Decimals.Trimmed(profile.TaxRatePercent),
        TimeZoneId = profile.TimeZoneId,
        PaymentTermsDays = profile.PaymentTermsDays,
        JobBufferMinutes = profile.JobBufferMinutes,
        DefaultDepositPercent = Decimals.Trimmed(profile.DefaultDepositPercent),
        DefaultCommissionPercent = Decimals.Trimmed(profile.DefaultCommissionPercent),
        Version = profile.Version,
    };
}
