namespace BookingOps.Domain.Budgets;

/// <summary>How close a head is to its allocation: nothing to say, 80 % used, or all of it (or more).</summary>
public enum BudgetAlert
{
    None = 0,
    Nearing = 1,
    Reached = 2,
}

/// <summary>The owner's two warning lines, asked by the booking page, the dashboard and the tests alike.</summary>
public static class BudgetThresholds
{
    public const decimal NearingPercent = 80m;
    public const decimal ReachedPercent = 100m;

    /// <summary>Spending on a head with nothing allocated is over budget from its first sen.</summary>
    public static BudgetAlert AlertFor(decimal allocated, decimal used) =>
        used <= 0m ? BudgetAlert.None
        : used * 100m >= allocated * ReachedPercent ? BudgetAlert.Reached
        : used * 100m >= allocated * NearingPercent ? BudgetAlert.Nearing
        : BudgetAlert.None;
}

/// <summary>A budget head: crew fees (no category), or a crew expense category.</summary>
public sealed record BudgetHead(int? CategoryId, string Name)
{
    public const string CrewFeesName = "Crew fees";

    public static BudgetHead CrewFees { get; } = new(null, CrewFeesName);
}

/// <summary>
/// One head of a booking's budget as it stands. Committed is promised but not yet spent (accepted crew jobs,
/// expenses waiting for approval); actual is spent (completed jobs, approved expenses). Forecast is the cost
/// expected at completion: what the business's own history says, or what is already used if that is more.
/// </summary>
public sealed record BudgetLineStanding(BudgetHead Head, decimal Allocated, decimal Committed, decimal Actual, decimal? Forecast)
{
    public decimal Used => Committed + Actual;

    public decimal Remaining => Allocated - Used;

    /// <summary>Used as a share of the allocation; empty when nothing is allocated.</summary>
    public decimal? UsedPercent => Allocated == 0m ? null : decimal.Round(Used / Allocated * 100m, 1);

    /// <summary>How far use is over (positive) or under (negative) the allocation, as a share of it.</summary>
    public decimal? VariancePercent => Allocated == 0m ? null : decimal.Round((Used - Allocated) / Allocated * 100m, 1);

    public BudgetAlert Alert => BudgetThresholds.AlertFor(Allocated, Used);

    /// <summary>Whether the forecast says this head will end over its allocation.</summary>
    public bool ForecastOver => Forecast is { } forecast && forecast > Allocated;
}

/// <summary>A booking's budget: its heads (those allocated and those spent on without an allocation) and their sum.</summary>
public sealed record BookingBudget(
    int BookingId,
    string ServiceType,
    decimal Price,
    long Version,
    bool IsSet,
    IReadOnlyList<BudgetLineStanding> Lines,
    BudgetForecast? Forecast)
{
    public BudgetLineStanding Total { get; } = new(
        new BudgetHead(null, "Total"),
        Lines.Sum(l => l.Allocated),
        Lines.Sum(l => l.Committed),
        Lines.Sum(l => l.Actual),
        Forecast is null ? null : Math.Max(Forecast.Total, Lines.Sum(l => l.Used)));

    /// <summary>The worst alert of any head or of the whole; what the booking page and dashboard warn about.</summary>
    public BudgetAlert Alert => IsSet ? Lines.Select(l => l.Alert).Append(Total.Alert).Max() : BudgetAlert.None;

    /// <summary>The head that most needs a look (<see cref="Worst"/>), or null while none warns or no budget is set.</summary>
    public BudgetLineStanding? WorstHead => IsSet ? Worst(Lines) : null;

    /// <summary>Of <paramref name="lines"/>, the one with the worst alert, then the most used (a head with nothing allocated first); null when none warns.</summary>
    public static BudgetLineStanding? Worst(IEnumerable<BudgetLineStanding> lines) =>
        lines.Where(l => l.Alert != BudgetAlert.None).OrderByDescending(l => l.Alert).ThenByDescending(l => l.UsedPercent ?? decimal.MaxValue).FirstOrDefault();
}
