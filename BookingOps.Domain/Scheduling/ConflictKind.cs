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

    /// <summary>An asset being repaired.</summary>
    InRepair = 5,

    /// <summary>A bin still on another customer's site.</summary>
    WithAnotherCustomer = 6,

    /// <summary>A vehicle whose road tax, insurance or permit lapses before the job ends.</summary>
    DocumentExpired = 7,
}
