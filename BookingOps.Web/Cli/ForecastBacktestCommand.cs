using System.Diagnostics;
using BookingOps.Domain.Budgets;

namespace BookingOps.Web.Cli;

/// <summary>
/// How far each forecasting method would have been from what completed bookings really cost, on this database's
/// own history: the evidence for <see cref="CostForecast.Chosen"/>.
/// </summary>
public static class ForecastBacktestCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var started = Stopwatch.GetTimestamp();
        var accuracy = await services.GetRequiredService<ForecastBacktest>().RunAsync();
        Console.WriteLine($"Forecast backtest ({Stopwatch.GetElapsedTime(started).TotalSeconds:N1} s):");
        Print(accuracy);
        return 0;
    }

    internal static void Print(IReadOnlyList<ForecastAccuracy> accuracy)
    {
        Console.WriteLine($"  {"method",-14} {"forecasts",10} {"mean error",11} {"median error",13} {"within ±20 %",13}");
        foreach (var method in accuracy)
        {
            var chosen = method.Method == CostForecast.Chosen ? "  (chosen)" : string.Empty;
            Console.WriteLine($"  {method.Method,-14} {method.Forecasts,10:N0} {method.MeanErrorPercent,9:N1} % {method.MedianErrorPercent,11:N1} % {method.WithinTwentyPercent,11:N1} %{chosen}");
        }
    }
}
