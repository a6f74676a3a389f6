namespace BookingOps.Domain.Dashboard;

public sealed record DepositDue(int BookingId, string Number, string CustomerName, DateOnly DueDate, decimal Amount);
