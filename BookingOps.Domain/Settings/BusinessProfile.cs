using BookingOps.Domain.Common;

namespace BookingOps.Domain.Settings;

/// <summary>The one business this installation runs: its identity on documents and its money and time rules.</summary>
public class BusinessProfile : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Name { get; set; } = string.Empty;

    public string? RegistrationNumber { get; set; }

    /// <summary>The SST or other tax registration printed on invoices.</summary>
    public string? TaxRegistrationNumber { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string CurrencyCode { get; set; } = "MYR";

    public string TaxName { get; set; } = "SST";

    public decimal TaxRatePercent { get; set; }

    public string TimeZoneId { get; set; } = "Asia/Kuala_Lumpur";

    public int PaymentTermsDays { get; set; } = 14;

    /// <summary>Travel and set-up time kept free between two jobs of the same person or asset.</summary>
    public int JobBufferMinutes { get; set; } = 30;

    /// <summary>The deposit a new booking asks for, as a percentage of its total, until the form says otherwise.</summary>
    public decimal DefaultDepositPercent { get; set; } = 30m;

    /// <summary>What an introducer earns, as a percentage of the paid invoices, unless their commission is a fixed amount.</summary>
    public decimal DefaultCommissionPercent { get; set; } = 5m;

    /// <summary>The logo's file in the uploads folder (a generated name), or none.</summary>
    public string? LogoFileName { get; set; }

    public DateTimeOffset SetupCompletedAt { get; set; }

    public long Version { get; set; }

    public void Apply(BusinessProfileInput input)
    {
        Name = input.Name.Trim();
        RegistrationNumber = Text.Clean(input.RegistrationNumber);
        TaxRegistrationNumber = Text.Clean(input.TaxRegistrationNumber);
        Address = Text.Clean(input.Address);
        Phone = Text.Clean(input.Phone);
        Email = Text.Clean(input.Email);
        CurrencyCode = input.CurrencyCode.Trim().ToUpperInvariant();
        TaxName = input.TaxName.Trim();
        TaxRatePercent = input.TaxRatePercent;
        TimeZoneId = input.TimeZoneId.Trim();
        PaymentTermsDays = input.PaymentTermsDays;
        JobBufferMinutes = input.JobBufferMinutes;
        DefaultDepositPercent = input.DefaultDepositPercent;
        DefaultCommissionPercent = input.DefaultCommissionPercent;
    }
}
