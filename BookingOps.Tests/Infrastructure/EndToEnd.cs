namespace BookingOps.Tests.Infrastructure;

/// <summary>
/// Tests that need a program from outside .NET (Chromium, tesseract): without it they are skipped, saying why,
/// unless BOOKINGOPS_E2E=required (as in CI), where they run and fail loudly instead.
/// </summary>
public static class EndToEnd
{
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("BOOKINGOPS_E2E"), "required", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why to skip a test whose program is missing, or null to run it.</summary>
    public static string? SkipReason(bool programFound, string missingReason) => programFound || Required ? null : missingReason;
}
