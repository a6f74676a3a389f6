namespace BookingOps.Domain.Common;

public static class PhoneNumber
{
    /// <summary>Phone-ish input: digits with the usual separators, 7 to 15 digits (E.164 allows 15).</summary>
    public const string Pattern = @"^\+?[0-9(][0-9 ()\-]{5,22}$";

    public const string PatternMessage = "Enter a phone number of 7 to 15 digits, e.g. +60 12-345 6789.";

    public static string Digits(string? phone) => new((phone ?? string.Empty).Where(char.IsAsciiDigit).ToArray());

    /// <summary>
    /// The digits to look a typed phone number up by, or none when the text is not phone-like (at least 3
    /// digits, nothing but digits and the usual separators). Malaysian numbers are written with the trunk 0
    /// or with the country code ("012-345 6789", "+60 12-345 6789") and stored as typed, so each form
    /// brings its twin: 0123… and 60123….
    /// </summary>
    public static IReadOnlyList<string> SearchForms(string text)
    {
        var digits = Digits(text);
        if (digits.Length < 3 || !text.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')'))
        {
            return [];
        }

        return digits switch
        {
            ['6', '0', .. var national] when national.Length > 0 => [digits, "0" + national],
            ['0', .. var national] when national.Length > 0 => [digits, "60" + national],
            _ => [digits],
        };
    }

    public static bool IsValid(string? phone)
    {
        var digits = Digits(phone).Length;
        return phone is not null
            && System.Text.RegularExpressions.Regex.IsMatch(phone, Pattern)
            && digits is >= 7 and <= 15;
    }
}
