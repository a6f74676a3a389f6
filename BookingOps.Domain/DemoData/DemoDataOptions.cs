namespace BookingOps.Domain.DemoData;

/// <summary>
/// How much demo data to make. Bookings spread from <see cref="PastMonths"/> ago to <see cref="FutureMonths"/>
/// ahead. <see cref="Audited"/> is off for benchmark-sized sets, which would flood the log.
/// <see cref="Budgets"/> is how many open bookings get a budget; completed ones get them in the same share.
/// </summary>
public sealed record DemoDataOptions(
    int Customers,
    bool Audited,
    int Seed = 20261121,
    int Bookings = 0,
    int Inquiries = 0,
    int PastMonths = 4,
    int FutureMonths = 3,
    int Crew = 0,
    int Assets = 0,
    bool Billing = false,
    int DeliveryOrders = 0,
    bool Payouts = false,
    int Expenses = 0,
    int Commissions = 0,
    int Budgets = 0)
{
    /// <summary>Enough for every screen to have something to show after first-run setup.</summary>
    public static DemoDataOptions Showcase { get; } = new(Customers: 120, Audited: true, Bookings: 300, Inquiries: 40, Crew: 30, Assets: 40, Billing: true, DeliveryOrders: 80, Payouts: true, Expenses: 200, Commissions: 30, Budgets: 40);
}
