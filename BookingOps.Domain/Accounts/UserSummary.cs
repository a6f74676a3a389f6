namespace BookingOps.Domain.Accounts;

public sealed record UserSummary(string Id, string DisplayName, string Email, string Role, bool IsActive, bool IsLockedOut, DateTimeOffset CreatedAt);
