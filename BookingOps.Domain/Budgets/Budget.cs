using BookingOps.Domain.Common;

namespace BookingOps.Domain.Budgets;

/// <summary>
/// What the office means to spend on a booking, by head: crew fees, and each crew expense category.
/// What is committed and spent against it is not stored here; it is read from the booking's crew jobs
/// and expenses (<see cref="BudgetDirectory"/>), so it can never drift from them.
/// </summary>
public class Budget : IVersioned
{
    public int Id { get; set; }

    public int BookingId { get; private set; }

    public List<BudgetLine> Lines { get; private set; } = [];

    public long Version { get; set; }

    public static Budget Create(int bookingId, IEnumerable<BudgetLine> lines) => new() { BookingId = bookingId, Lines = [.. lines] };

    public void Replace(IEnumerable<BudgetLine> lines) => Lines = [.. lines];
}

/// <summary>One head of a budget or a template: crew fees when <see cref="CategoryId"/> is empty, otherwise a crew expense category.</summary>
public class BudgetLine
{
    public int? CategoryId { get; init; }

    public decimal Allocated { get; init; }
}

/// <summary>A reusable set of heads and amounts (the Admin's), which a booking's budget starts from.</summary>
public class BudgetTemplate : IVersioned
{
    public int Id { get; set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The kind of work it suits; offered first for bookings of that service type.</summary>
    public string? ServiceType { get; private set; }

    public bool IsActive { get; private set; } = true;

    public List<BudgetLine> Lines { get; private set; } = [];

    public long Version { get; set; }

    public static BudgetTemplate Create(BudgetTemplateInput input)
    {
        var template = new BudgetTemplate();
        template.Update(input);
        return template;
    }

    public void Update(BudgetTemplateInput input)
    {
        Name = input.Name.Trim();
        ServiceType = Text.Clean(input.ServiceType);
        IsActive = input.IsActive;
        Lines = [.. input.ToLines()];
    }
}
