namespace BookingOps.Domain.Dashboard;

/// <summary>Money at a glance: received today, and issued invoices past their due date.</summary>
public sealed record MoneyToday(decimal ReceivedToday, int PaymentsToday, int OverdueInvoices, decimal OverdueAmount);
