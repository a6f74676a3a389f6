namespace BookingOps.Domain.Expenses;

/// <summary>A crew expense is Submitted, then Approved (owed back to the crew member) or Rejected. Overhead is Approved when recorded.</summary>
public enum ExpenseStatus
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
}
