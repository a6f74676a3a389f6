namespace BookingOps.Domain.Budgets;

/// <summary>
/// Two ways to forecast what a booking will cost from the completed bookings of its service type before it:
/// the median share of the price that went to costs, scaled to this price; or simply the median cost.
/// The backtest (<see cref="ForecastBacktest"/>) measures both on the business's own history;
/// <see cref="Chosen"/> is the one that measured better on the demo history.
/// </summary>
public enum ForecastMethod
{
    ShareOfPrice = 1,
    MedianCost = 2,
}

/// <summary>A past completed booking: its price, its crew fees and its approved expenses by category.</summary>
public sealed record PastCost(decimal Price, decimal CrewFees, IReadOnlyDictionary<int, decimal> Expenses)
{
    public decimal Total => CrewFees + Expenses.Values.Sum();
}

/// <summary>What a booking is expected to cost at completion, by head and in all, and from how many past bookings.</summary>
public sealed record BudgetForecast(int Basis, decimal Total, decimal CrewFees, IReadOnlyDictionary<int, decimal> Expenses)
{
    public decimal For(int? categoryId) => categoryId is { } id ? Expenses.GetValueOrDefault(id) : CrewFees;
}

public static class CostForecast
{
    public const ForecastMethod Chosen = ForecastMethod.MedianCost;

    /// <summary>Fewer past bookings than this say too little to forecast from.</summary>
    public const int MinimumBasis = 5;

    /// <summary>The most recent past bookings a forecast reads: enough for a steady median, recent enough to follow prices.</summary>
    public const int Window = 100;

    public static BudgetForecast? Forecast(IReadOnlyList<PastCost> history, decimal price, ForecastMethod method = Chosen)
    {
        if (history.Count < MinimumBasis)
        {
            return null;
        }

        var categories = history.SelectMany(h => h.Expenses.Keys).Distinct();
        decimal Of(Func<PastCost, decimal> figure) => Estimate(history, h => h.Price, figure, price, method);
        return new BudgetForecast(
            history.Count,
            Of(h => h.Total),
            Of(h => h.CrewFees),
            categories.ToDictionary(c => c, c => Of(h => h.Expenses.GetValueOrDefault(c))));
    }

    /// <summary>The forecast of one figure (a head or the total) for a booking at <paramref name="price"/>, to the sen.</summary>
    public static decimal Estimate<T>(IReadOnlyList<T> history, Func<T, decimal> priceOf, Func<T, decimal> figure, decimal price, ForecastMethod method) =>
        decimal.Round(method switch
        {
            ForecastMethod.ShareOfPrice => Median(history.Where(h => priceOf(h) > 0m).Select(h => figure(h) / priceOf(h))) * price,
            _ => Median(history.Select(figure)),
        }, 2);

    private static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0m;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
