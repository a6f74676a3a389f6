using System.Linq.Expressions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;

namespace BookingOps.Domain.Search;

/// <summary>
/// What was typed into the search box, read each way a kind is looked up: as typed (names, against
/// NOCASE columns), upper-cased (document numbers, plates and serials are stored so), as phone digits
/// in their local and +60 forms, and as words for the customer full-text index.
/// </summary>
internal sealed record SearchText(string Text, string Upper, NumberPrefix Name, NumberPrefix Number, IReadOnlyList<string> Phone, string? Words)
{
    /// <summary>Fewer characters find too much to be worth showing.</summary>
    public const int MinimumLength = 2;

    /// <summary>The longest text searched; more is cut off (no number, phone, e-mail or name is longer).</summary>
    public const int MaximumLength = 254;

    public bool IsPhone => Phone.Count > 0;

    /// <summary>The typed text read every way, or null when it is too short to search.</summary>
    public static SearchText? Parse(string? typed)
    {
        var text = typed?.Trim() ?? string.Empty;
        if (text.Length < MinimumLength)
        {
            return null;
        }

        text = text.Length > MaximumLength ? text[..MaximumLength] : text;
        var phone = PhoneNumber.SearchForms(text);
        return new SearchText(
            text,
            text.ToUpperInvariant(),
            NumberPrefix.AsTyped(text),
            NumberPrefix.Of(text),
            phone,
            phone.Count > 0 ? null : CustomerSearchExpression.Build(text));
    }

    /// <summary>Rows whose digits column starts with one of the typed phone's forms: one index range each.</summary>
    public Expression<Func<T, bool>> PhoneStartsWith<T>(Expression<Func<T, string?>> digits)
    {
        Expression<Func<T, bool>>? match = null;
        foreach (var form in Phone.Reverse())
        {
            match = NumberPrefix.Of(form).Matches(digits, match);
        }

        return match ?? (_ => false);
    }
}
