using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Budgets;

/// <summary>A booking's budget as the office edits it: one amount per head.</summary>
public sealed class BudgetInput : IValidatableObject
{
    public List<BudgetLineInput> Lines { get; set; } = [];

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => BudgetLineInput.Repeated(Lines);

    internal IEnumerable<BudgetLine> ToLines() => BudgetLineInput.ToLines(Lines);
}

/// <summary>One head and the amount allocated to it; crew fees when <see cref="CategoryId"/> is empty.</summary>
public sealed class BudgetLineInput
{
    public int? CategoryId { get; set; }

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "Allocate between 0 and 10,000,000.")]
    [MaxDecimals(2)]
    public decimal Allocated { get; set; }

    /// <summary>Each head once: two amounts for the same head would leave the reader guessing which counts.</summary>
    internal static IEnumerable<ValidationResult> Repeated(List<BudgetLineInput> lines) =>
        lines.Select((line, index) => (line, index))
            .GroupBy(l => l.line.CategoryId)
            .SelectMany(g => g.Skip(1))
            .Select(l => new ValidationResult("This head is already in the budget; change its amount there.", [$"Lines[{l.index}].CategoryId"]));

    internal static IEnumerable<BudgetLine> ToLines(IEnumerable<BudgetLineInput> lines) =>
        lines.Select(l => new BudgetLine { CategoryId = l.CategoryId, Allocated = l.Allocated });

    internal static List<BudgetLineInput> From(IEnumerable<BudgetLine> lines) =>
        [.. lines.Select(l => new BudgetLineInput { CategoryId = l.CategoryId, Allocated = l.Allocated })];
}

/// <summary>A budget template as the Admin edits it.</summary>
public sealed class BudgetTemplateInput : IValidatableObject
{
    [Required(ErrorMessage = "Name the template.")]
    [StringLength(80, ErrorMessage = "Keep the name under 80 characters.")]
    public string Name { get; set; } = string.Empty;

    [StringLength(100, ErrorMessage = "Keep the service type under 100 characters.")]
    public string? ServiceType { get; set; }

    public bool IsActive { get; set; } = true;

    public List<BudgetLineInput> Lines { get; set; } = [];

    public long Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lines.Count == 0)
        {
            yield return new ValidationResult("Add at least one head to the template.", [nameof(Lines)]);
        }

        foreach (var repeated in BudgetLineInput.Repeated(Lines))
        {
            yield return repeated;
        }
    }

    internal IEnumerable<BudgetLine> ToLines() => BudgetLineInput.ToLines(Lines);

    public static BudgetTemplateInput From(BudgetTemplate template) => new()
    {
        Name = template.Name,
        ServiceType = template.ServiceType,
        IsActive = template.IsActive,
        Lines = BudgetLineInput.From(template.Lines),
        Version = template.Version,
    };
}
