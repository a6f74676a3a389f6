using BookingOps.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace BookingOps.Domain.Accounts;

/// <summary>Turns Identity's refusals into validation errors placed beside the field they concern.</summary>
public static class IdentityResults
{
    public static void EnsureSucceeded(IdentityResult result, string passwordField = "", string emailField = "")
    {
        if (result.Succeeded)
        {
            return;
        }

        var errors = result.Errors
            .GroupBy(e => FieldFor(e.Code, passwordField, emailField), e => e.Description)
            .ToDictionary(g => g.Key, g => g.ToArray());
        throw new DomainValidationException(errors);
    }

    private static string FieldFor(string code, string passwordField, string emailField) => code switch
    {
        _ when code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
        "DuplicateUserName" or "DuplicateEmail" or "InvalidEmail" or "InvalidUserName" => emailField,
        _ => string.Empty,
    };
}
