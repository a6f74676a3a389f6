using System.Globalization;
using BookingOps.Domain.Budgets;
using MudBlazor;

namespace BookingOps.Web.Components.Budgets;

/// <summary>How budget warnings read and look on the booking page and the dashboard.</summary>
public static class BudgetLook
{
    public static string Label(BudgetLineStanding line) => line.Alert switch
    {
        BudgetAlert.Reached when line.Allocated == 0m => "Not budgeted",
        BudgetAlert.Reached when line.Used > line.Allocated => "Over budget",
        BudgetAlert.Reached => "All used",
        BudgetAlert.Nearing => $"{Percent(line.UsedPercent)} used",
        _ => string.Empty,
    };

    public static string Label(BudgetWatch watch) => watch.Alert switch
    {
        BudgetAlert.Reached when watch.UsedPercent is null => $"{watch.Head}: not budgeted",
        BudgetAlert.Reached => $"{watch.Head}: {Percent(watch.UsedPercent)} used, over budget",
        _ => $"{watch.Head}: {Percent(watch.UsedPercent)} used",
    };

    public static Color Color(BudgetAlert alert) => alert == BudgetAlert.Reached ? MudBlazor.Color.Error : MudBlazor.Color.Warning;

    public static string Percent(decimal? value) => value is { } percent ? $"{percent.ToString("0.#", CultureInfo.InvariantCulture)} %" : "–";
}
