using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>
/// Runs an input model's data annotations, the same ones the forms show beside the fields. Nested
/// input models (e.g. the business profile inside the setup form) are validated too, their errors
/// keyed by dotted paths such as "Business.Name".
/// </summary>
public static class InputValidation
{
    public static void EnsureValid(object input)
    {
        var errors = new Dictionary<string, string[]>();
        Collect(input, prefix: string.Empty, errors);
        if (errors.Count > 0)
        {
            throw new DomainValidationException(errors);
        }
    }

    private static void Collect(object input, string prefix, Dictionary<string, string[]> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        foreach (var group in results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, Message: r.ErrorMessage ?? "Invalid value.")))
            .GroupBy(x => prefix + x.Member, x => x.Message))
        {
            errors[group.Key] = group.ToArray();
        }

        foreach (var property in input.GetType().GetProperties())
        {
            if (IsInputModel(property.PropertyType) && property.GetValue(input) is { } nested)
            {
                Collect(nested, $"{prefix}{property.Name}.", errors);
            }
        }
    }

    private static bool IsInputModel(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("BookingOps.Domain", StringComparison.Ordinal) == true;
}
