using BookingOps.Domain.DeliveryOrders;

namespace BookingOps.Web.Components.DeliveryOrders;

/// <summary>One look per order status and kind, for badges, buttons and filters.</summary>
public static class DeliveryOrderLook
{
    public static string Label(DeliveryOrderStatus status) => status switch
    {
        DeliveryOrderStatus.PendingInvoice => "Pending invoice",
        _ => status.ToString(),
    };

    public static string Label(DeliveryOrderKind kind) => kind switch
    {
        DeliveryOrderKind.Collection => "Collect a bin",
        _ => "Deliver a bin",
    };

    /// <summary>The office's button for taking an order to <paramref name="step"/>.</summary>
    public static string StepButton(DeliveryOrderStatus step) => step switch
    {
        DeliveryOrderStatus.Issued => "Issue",
        DeliveryOrderStatus.PendingInvoice => "Mark done",
        DeliveryOrderStatus.Closed => "Close",
        DeliveryOrderStatus.Cancelled => "Cancel order",
        _ => Label(step),
    };

    public static MudBlazor.Color Badge(DeliveryOrderStatus status) => status switch
    {
        DeliveryOrderStatus.Draft => MudBlazor.Color.Default,
        DeliveryOrderStatus.Issued => MudBlazor.Color.Info,
        DeliveryOrderStatus.PendingInvoice => MudBlazor.Color.Warning,
        DeliveryOrderStatus.Invoiced => MudBlazor.Color.Secondary,
        DeliveryOrderStatus.Closed => MudBlazor.Color.Success,
        _ => MudBlazor.Color.Dark,
    };
}
