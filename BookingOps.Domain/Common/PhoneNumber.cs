namespace BookingOps.Domain.Common;

public static class PhoneNumber
{
    /// <summary>Phone-ish input: digits with the usual separators, 7 to 15 digits (E.164 allows 15).</summary>
    public const string Pattern = @"^\+?[0-9(][0-9 ()\-]{5,22}$";

    public const string PatternMessage = "Enter a phone number of 7 to 15 digits, e.g. +60 12-345 6789.";

    public static string Digits(string? phone) => new((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());

    public static bool IsValid(string? phone)
    {
        var digits = Digits(phone).Length;
        return phone is not null
            && System.Text.RegularExpressions.Regex.IsMatch(phone, Pattern)
            && digits is >= 7 and <= 15;
    }
}
