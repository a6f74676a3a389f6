namespace BookingOps.Domain.Accounts;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Crew = "Crew";

    public static IReadOnlyList<string> All { get; } = [Admin, Staff, Crew];
}
