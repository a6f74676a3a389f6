using BookingOps.Domain.Common;

namespace BookingOps.Domain.Customers;

/// <summary>What the customer list asks for: one search box, archived or not, and a page.</summary>
public sealed record CustomerListQuery(string? Search, bool IncludeArchived, PageRequest Page)
{
    public static class SortColumns
    {
        public const string Name = "Name";
        public const string Phone = "Phone";
        public const string Email = "Email";
        public const string CreatedAt = "CreatedAt";
    }
}
