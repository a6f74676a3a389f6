using BookingOps.Domain.Auditing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Crew;

/// <summary>A person the business sends to jobs: performer, driver, helper, technician.</summary>
public class CrewMember : IVersioned
{
    public int Id { get; set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>What the person can do, lower-case: "dancer", "driver".</summary>
    public List<string> Roles { get; private set; } = [];

    public string Phone { get; private set; } = string.Empty;

    /// <summary>The phone's digits only, kept for search, as <see cref="Customers.Customer.PhoneDigits"/> is.</summary>
    public string PhoneDigits { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    /// <summary>National ID (e.g. MyKad). Shown masked everywhere but its own edit field; never audited.</summary>
    [AuditRedacted]
    public string? IdNumber { get; private set; }

    public decimal DefaultRate { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>The Crew login that sees this person's own work.</summary>
    public string? UserId { get; private set; }

    public long Version { get; set; }

    public void Apply(CrewMemberInput input)
    {
        Name = input.Name.Trim();
        Roles = CrewRoles.Normalize(input.Roles);
        Phone = input.Phone.Trim();
        PhoneDigits = PhoneNumber.Digits(input.Phone);
        Email = Text.Clean(input.Email)?.ToLowerInvariant();
        IdNumber = Text.Clean(input.IdNumber);
        DefaultRate = input.DefaultRate;
        IsActive = input.IsActive;
        UserId = Text.Clean(input.UserId);
    }

    /// <summary>"900101-14-5678" → "•••••••••5678": enough to recognise, not enough to misuse.</summary>
    public static string? Mask(string? idNumber) =>
        idNumber is null ? null : idNumber.Length <= 4 ? new string('•', idNumber.Length) : new string('•', idNumber.Length - 4) + idNumber[^4..];
}
