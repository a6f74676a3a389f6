using System.ComponentModel.DataAnnotations;

namespace BookingOps.Domain.Common;

/// <summary>The caps on what a priced line and a whole document may come to, for every kind of document.</summary>
public static class AmountRules
{
    public static ValidationResult? Line(decimal amount, string member) =>
        amount > Money.MaxLineAmount ? new ValidationResult("A line can come to at most 10,000,000 (quantity × unit price).", [member]) : null;

    public static ValidationResult? Total(decimal total, string member) =>
        total > Money.MaxTotal ? new ValidationResult("The total can be at most 100,000,000; check the quantities and prices.", [member]) : null;
}
