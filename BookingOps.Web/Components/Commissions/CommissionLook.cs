using BookingOps.Domain.Commissions;
using MudBlazor;

namespace BookingOps.Web.Components.Commissions;

/// <summary>How commission states read and look.</summary>
public static class CommissionLook
{
    public static string Label(CommissionState state) => state switch
    {
        CommissionState.Waiting => "Waiting for payment",
        CommissionState.Eligible => "Due: to approve",
        CommissionState.Approved => "Approved: to pay",
        _ => "Paid",
    };

    public static Color Badge(CommissionState state) => state switch
    {
        CommissionState.Waiting => Color.Default,
        CommissionState.Eligible => Color.Warning,
        CommissionState.Approved => Color.Info,
        _ => Color.Success,
    };
}
