namespace BookingOps.Domain.Customers;

public sealed record CustomerListItem(int Id, string Name, string? ContactPerson, string Phone, string? Email, bool IsArchived, DateTimeOffset CreatedAt);
