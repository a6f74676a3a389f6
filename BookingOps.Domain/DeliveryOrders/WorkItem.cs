using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>An entry of the Admin's waste and work item catalogue, offered when writing order lines.</summary>
public class WorkItem : IVersioned
{
    public int Id { get; set; }

    public string Name { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    public decimal DefaultPrice { get; private set; }

    public bool IsActive { get; private set; } = true;

    public long Version { get; set; }

    public static WorkItem Create(WorkItemInput input)
    {
        var item = new WorkItem();
        item.Update(input);
        return item;
    }

    public void Update(WorkItemInput input) =>
        (Name, Unit, DefaultPrice, IsActive) = (input.Name.Trim(), input.Unit.Trim(), input.DefaultPrice, input.IsActive);
}

public sealed class WorkItemInput
{
    [Required(ErrorMessage = "Name the item.")]
    [StringLength(100, ErrorMessage = "Keep the name under 100 characters.")]
    public string Name { get; set; } = string.Empty;

    [Required(ErrorMessage = "Give the unit (trip, tonne, load…).")]
    [StringLength(20, ErrorMessage = "Keep the unit under 20 characters.")]
    public string Unit { get; set; } = string.Empty;

    [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The price must be between 0 and 10,000,000.")]
    [MaxDecimals(2)]
    public decimal DefaultPrice { get; set; }

    public bool IsActive { get; set; } = true;

    public long Version { get; set; }

    public static WorkItemInput From(WorkItem item) =>
        new() { Name = item.Name, Unit = item.Unit, DefaultPrice = item.DefaultPrice, IsActive = item.IsActive, Version = item.Version };
}
