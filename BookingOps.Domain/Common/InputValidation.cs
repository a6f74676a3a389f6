using System.Collections;
using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>
/// Runs an input model's data annotations, the same ones the forms show beside the fields, and its own
/// cross-field rules, reporting every problem at once. Nested input models and lists of them are
/// validated too, keyed by paths such as "Business.Name" or "PriceLines[2].Quantity".
/// </summary>
public static class InputValidation
{
    public static void EnsureValid(object input)
    {
        var errors = Collect(input);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    public static Dictionary<string, string[]> Collect(object input)
    {
        var errors = new Dictionary<string, List<string>>();
        Collect(input, prefix: string.Empty, errors);
        return errors.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray());
    }

    private static void Collect(object input, string prefix, Dictionary<string, List<string>> errors)
    {
        var context = new ValidationContext(input);
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, context, results, validateAllProperties: true);

        // The framework skips IValidatableObject when an attribute failed; the user should see every problem at once.
        if (results.Count > 0 && input is IValidatableObject validatable)
        {
            results.AddRange(validatable.Validate(context));
        }

        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                Add(errors, prefix + member, result.ErrorMessage ?? "Invalid value.");
            }
        }

        foreach (var property in input.GetType().GetProperties())
        {
            if (property.GetIndexParameters().Length > 0 || property.GetValue(input) is not { } value)
            {
                continue;
            }

            if (value is string text && HasHiddenControls(text))
            {
                Add(errors, prefix + property.Name, HiddenControlsMessage);
            }
            else if (IsInputModel(value.GetType()))
            {
                Collect(value, $"{prefix}{property.Name}.", errors);
            }
            else if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && IsInputModel(item.GetType()))
                    {
                        Collect(item, $"{prefix}{property.Name}[{index}].", errors);
                    }

                    index++;
                }
            }
        }
    }

    public const string HiddenControlsMessage = "Remove the hidden control characters (pasted with the text) from this field.";

    /// <summary>
    /// Control characters other than line breaks and tabs, and the marks that reverse text direction, which can
    /// make a name print as something else: no form has a use for them.
    /// </summary>
    private static bool HasHiddenControls(string text) =>
        text.Any(c => (char.IsControl(c) && c is not ('\r' or '\n' or '\t')) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069');

    private static void Add(Dictionary<string, List<string>> errors, string key, string message)
    {
        if (!errors.TryGetValue(key, out var messages))
        {
            errors[key] = messages = [];
        }

        messages.Add(message);
    }

    private static bool IsInputModel(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("BookingOps.Domain", StringComparison.Ordinal) == true;
}
