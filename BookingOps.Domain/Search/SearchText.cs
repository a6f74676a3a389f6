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

    /// <summary>Whether the text could be a paper book's page number, which always has a digit.</summary>
    public bool HasDigit => Text.Any(char.IsAsciiDigit);

    /// <summary>
    /// Whether the text could be the start of a document number with this prefix (numbers read
    /// PREFIX-YEAR-SEQUENCE): "inv", "INV-2026-00" or "in" for invoices; a name or a phone never.
    /// </summary>
    public bool CouldStartNumber(string prefix) =>
        Upper.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(Upper, StringComparison.Ordinal);

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

    /// <summary>
    /// The typed phone's forms as prefix ranges of a digits column's index. Each is searched as a tier of its own:
    /// one range walks the index in order and stops at the first few, where two ranges OR-ed would be sorted whole.
    /// </summary>
    public IEnumerable<NumberPrefix> PhonePrefixes => Phone.Select(NumberPrefix.Of);
}
