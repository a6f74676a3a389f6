namespace BookingOps.Domain.Fleet;

public enum MovementKind
{
    /// <summary>Leaves the yard for a customer's site.</summary>
    Out = 1,

    /// <summary>Comes back to the yard.</summary>
    In = 2,

    /// <summary>Changes place or plan without coming back (reserved, collected from site).</summary>
    Transfer = 3,

    Repair = 4,
}
