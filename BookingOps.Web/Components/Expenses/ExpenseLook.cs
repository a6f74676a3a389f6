using BookingOps.Domain.Expenses;
using MudBlazor;

namespace BookingOps.Web.Components.Expenses;

/// <summary>How expense states and kinds read and look on every page.</summary>
public static class ExpenseLook
{
    public static string Label(ExpenseStatus status) => status switch
    {
        ExpenseStatus.Submitted => "Waiting for approval",
        ExpenseStatus.Approved => "Approved",
        ExpenseStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };

    public static Color Badge(ExpenseStatus status) => status switch
    {
        ExpenseStatus.Submitted => Color.Warning,
        ExpenseStatus.Approved => Color.Success,
        _ => Color.Error,
    };

    public static string Label(ExpenseKind kind) => kind == ExpenseKind.Crew ? "Crew" : "Overhead";

    /// <summary>A job or order as the form's work drop-down keys it.</summary>
    public static string Key(int? bookingId, int? deliveryOrderId) => bookingId is { } b ? $"b{b}" : deliveryOrderId is { } d ? $"d{d}" : string.Empty;

    /// <summary>The work an expense can be moved to: the person's recent jobs and orders, and the expense's own even when it is older.</summary>
    public static IReadOnlyList<ExpenseWork> WorkChoices(IReadOnlyList<ExpenseWork> recent, ExpenseDetail detail)
    {
        var expense = detail.Expense;
        if (expense.BookingId is null && expense.DeliveryOrderId is null || recent.Any(w => w.BookingId == expense.BookingId && w.DeliveryOrderId == expense.DeliveryOrderId))
        {
            return recent;
        }

        return [new ExpenseWork(expense.BookingId, expense.DeliveryOrderId, detail.BookingNumber ?? detail.DeliveryOrderNumber ?? ""), .. recent];
    }
}
