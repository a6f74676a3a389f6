using System.Text;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Customers;

/// <summary>
/// Turns what a user types into the search box into an FTS5 query over the customer search index:
/// every word must match the start of a word in the name, contact person, email or phone digits.
/// A phone-like entry ("012-345 6789") is searched as one run of digits, in its local and its +60 form.
/// </summary>
public static class CustomerSearchExpression
{
    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (PhoneNumber.SearchForms(trimmed) is { Count: > 0 } phone)
        {
            return string.Join(" OR ", phone.Select(Prefix));
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in trimmed)
        {
            if (char.IsLetterOrDigit(ch))
            {
                current.Append(ch);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Count == 0 ? null : string.Join(' ', words.Take(8).Select(Prefix));
    }

    // Words hold only letters and digits, so quoting cannot be broken out of.
    private static string Prefix(string word) => $"\"{word}\"*";
}
