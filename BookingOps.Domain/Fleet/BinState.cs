namespace BookingOps.Domain.Fleet;

/// <summary>Where a bin is in its cycle: out to a customer and back, with repairs in between.</summary>
public enum BinState
{
    InWarehouse = 1,
    Assigned = 2,
    WithCustomer = 3,
    Collected = 4,
    Repair = 5,
}
