namespace BookingOps.Domain.Scheduling;

public enum ConflictKind
{
    /// <summary>Already working on another booking at that time (buffer included).</summary>
    DoubleBooked = 1,

    /// <summary>Marked unavailable (leave, sick, personal) for part of the window.</summary>
    TimeOff = 2,

    Inactive = 3,

    /// <summary>Does not have the role the assignment asks for.</summary>
    MissingRole = 4,
}
