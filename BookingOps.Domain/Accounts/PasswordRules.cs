namespace BookingOps.Domain.Accounts;

/// <summary>One place for the password policy, shared by Identity's options and the forms.</summary>
public static class PasswordRules
{
    public const int MinimumLength = 10;

    public const string LengthMessage = "Use at least 10 characters.";

    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(10);

    public const string LockedOutMessage = "Too many wrong passwords: this account is locked for 10 minutes.";
}
