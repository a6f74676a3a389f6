namespace BookingOps.Domain.Common;

/// <summary>The written reason a cancellation or a lost inquiry needs: given, and at most 500 characters.</summary>
public static class Reasons
{
    public const int MaxLength = 500;

    /// <summary>The reason, trimmed; refused beside the reason field with <paramref name="missing"/> when blank.</summary>
    public static string Required(string? reason, string missing)
    {
        if (Text.Clean(reason) is not { } cleaned)
        {
            throw new DomainValidationException("Reason", missing);
        }

        if (cleaned.Length > MaxLength)
        {
            throw new DomainValidationException("Reason", "Keep the reason under 500 characters.");
        }

        return cleaned;
    }
}
