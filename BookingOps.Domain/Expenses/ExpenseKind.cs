namespace BookingOps.Domain.Expenses;

/// <summary>Whose money an expense is: a crew member's, paid back with their payout, or the business's own running cost.</summary>
public enum ExpenseKind
{
    /// <summary>Spent by a crew member on a booking or delivery order; the office approves it and it is paid back with their payout.</summary>
    Crew = 1,

    /// <summary>The business's own cost (fuel, maintenance, salary, rent…); Admin only.</summary>
    Overhead = 2,
}
