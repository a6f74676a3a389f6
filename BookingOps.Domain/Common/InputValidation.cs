using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>Runs an input model's data annotations, the same ones the forms show beside the fields.</summary>
public static class InputValidation
{
    public static void EnsureValid(object input)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true))
        {
            return;
        }

        var errors = results
            .SelectMany(r => (r.MemberNames.Any() ? r.MemberNames : [string.Empty]).Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => x.Member, x => x.ErrorMessage ?? "Invalid value.")
            .ToDictionary(g => g.Key, g => g.ToArray());
        throw new DomainValidationException(errors);
    }
}
