namespace BookingOps.Domain.Crew;

/// <summary>A role a booking asks for, how many it needs and how many are on it (offered or accepted).</summary>
public sealed record StaffingGap(string Role, int Needed, int Assigned)
{
    public int Missing => Math.Max(0, Needed - Assigned);
}
