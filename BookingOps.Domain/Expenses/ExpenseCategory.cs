using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// What an expense was for (fuel, meals, rent…), offered for one kind of expense. The Admin keeps the list;
/// a category in use is retired rather than deleted, so old expenses keep their name.
/// </summary>
public class ExpenseCategory : IVersioned
{
    public int Id { get; set; }

    public string Name { get; private set; } = string.Empty;

    public ExpenseKind Kind { get; private set; }

    public bool IsActive { get; private set; } = true;

    public long Version { get; set; }

    /// <summary>The categories a new business starts with: the overhead list the owner named, and what crew usually spend on.</summary>
    public static IReadOnlyList<(ExpenseKind Kind, string Name)> Defaults { get; } =
    [
        (ExpenseKind.Overhead, "Fuel"), (ExpenseKind.Overhead, "Maintenance"), (ExpenseKind.Overhead, "Salary"),
        (ExpenseKind.Overhead, "Rent"), (ExpenseKind.Overhead, "Other"),
        (ExpenseKind.Crew, "Travel"), (ExpenseKind.Crew, "Meals"), (ExpenseKind.Crew, "Materials"),
        (ExpenseKind.Crew, "Parking and tolls"), (ExpenseKind.Crew, "Other"),
    ];

    public static ExpenseCategory Create(ExpenseCategoryInput input)
    {
        var category = new ExpenseCategory { Kind = input.Kind };
        category.Update(input);
        return category;
    }

    public void Update(ExpenseCategoryInput input) => (Name, IsActive) = (input.Name.Trim(), input.IsActive);
}

public sealed class ExpenseCategoryInput
{
    [Required(ErrorMessage = "Name the category.")]
    [StringLength(60, ErrorMessage = "Keep the name under 60 characters.")]
    public string Name { get; set; } = string.Empty;

    public ExpenseKind Kind { get; set; } = ExpenseKind.Overhead;

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public static ExpenseCategoryInput From(ExpenseCategory category) =>
        new() { Name = category.Name, Kind = category.Kind, IsActive = category.IsActive, Version = category.Version };
}
