namespace BookingOps.Domain.Fleet;

/// <summary>
/// The bin cycle: in warehouse → assigned → with customer → collected → in warehouse (or to repair),
/// repair → in warehouse. An assignment can be released back to the warehouse before delivery, and a
/// bin found damaged in the yard can go to repair. Each allowed step is a kind of movement.
/// </summary>
public static class BinTransitions
{
    private static readonly Dictionary<(BinState From, BinState To), MovementKind> Allowed = new()
    {
        [(BinState.InWarehouse, BinState.Assigned)] = MovementKind.Transfer,
        [(BinState.Assigned, BinState.InWarehouse)] = MovementKind.Transfer,
        [(BinState.Assigned, BinState.WithCustomer)] = MovementKind.Out,
        [(BinState.WithCustomer, BinState.Collected)] = MovementKind.Transfer,
        [(BinState.Collected, BinState.InWarehouse)] = MovementKind.In,
        [(BinState.Collected, BinState.Repair)] = MovementKind.Repair,
        [(BinState.InWarehouse, BinState.Repair)] = MovementKind.Repair,
        [(BinState.Repair, BinState.InWarehouse)] = MovementKind.In,
    };

    public static IReadOnlyCollection<BinState> NextFrom(BinState state) =>
        Allowed.Keys.Where(k => k.From == state).Select(k => k.To).ToList();

    /// <summary>The movement a step makes, or null when the cycle does not allow it.</summary>
    public static MovementKind? MovementFor(BinState from, BinState to) =>
        Allowed.TryGetValue((from, to), out var kind) ? kind : null;

    public static string Describe(BinState state) => state switch
    {
        BinState.InWarehouse => "in the warehouse",
        BinState.Assigned => "assigned",
        BinState.WithCustomer => "with a customer",
        BinState.Collected => "collected",
        BinState.Repair => "in repair",
        _ => state.ToString(),
    };
}
