using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Budgets;

/// <summary>How far one forecasting method was from what bookings really cost.</summary>
public sealed record ForecastAccuracy(ForecastMethod Method, int Forecasts, decimal MeanErrorPercent, decimal MedianErrorPercent, decimal WithinTwentyPercent);

/// <summary>
/// Measures the forecast on the business's own history as it would have been used: each completed booking, in the
/// order they ended, is forecast from the completed bookings of its type before it (the same window and minimum as
/// the budget page), and compared with what it cost. Streams the history; holds only each type's window.
/// </summary>
public sealed class ForecastBacktest(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    private sealed record Past(decimal Price, decimal Cost);

    public async Task<IReadOnlyList<ForecastAccuracy>> RunAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var history = db.Bookings.AsNoTracking()
            .Where(b => b.Status == BookingStatus.Completed)
            .OrderBy(b => b.EndsAt).ThenBy(b => b.Id)
            .Select(b => new
            {
                b.ServiceType,
                b.Total,
                Cost = db.CrewAssignments.Where(a => a.BookingId == b.Id && (a.Status == AssignmentStatus.Accepted || a.Status == AssignmentStatus.Completed)).Sum(a => a.Fee)
                    // Approved ones counted in the sum rather than filtered: see BudgetDirectory.StandingsAsync for why.
                    + db.Expenses.Where(e => e.BookingId == b.Id).Sum(e => e.Status == ExpenseStatus.Approved ? e.Amount : 0m),
            })
            .AsAsyncEnumerable();

        var methods = Enum.GetValues<ForecastMethod>();
        var errors = methods.ToDictionary(m => m, _ => new List<decimal>());
        var windows = new Dictionary<string, Queue<Past>>(StringComparer.Ordinal);
        await foreach (var booking in history.WithCancellation(cancellationToken))
        {
            if (!windows.TryGetValue(booking.ServiceType, out var window))
            {
                windows[booking.ServiceType] = window = new Queue<Past>(CostForecast.Window);
            }

            if (window.Count >= CostForecast.MinimumBasis && booking.Cost > 0m)
            {
                var basis = window.ToList();
                foreach (var method in methods)
                {
                    var forecast = CostForecast.Estimate(basis, p => p.Price, p => p.Cost, booking.Total, method);
                    errors[method].Add(Math.Abs(forecast - booking.Cost) / booking.Cost * 100m);
                }
            }

            if (window.Count == CostForecast.Window)
            {
                window.Dequeue();
            }

            window.Enqueue(new Past(booking.Total, booking.Cost));
        }

        return methods.Select(m => Accuracy(m, errors[m])).ToList();
    }

    private static ForecastAccuracy Accuracy(ForecastMethod method, List<decimal> errors)
    {
        if (errors.Count == 0)
        {
            return new ForecastAccuracy(method, 0, 0m, 0m, 0m);
        }

        errors.Sort();
        return new ForecastAccuracy(
            method,
            errors.Count,
            decimal.Round(errors.Average(), 1),
            decimal.Round(errors[errors.Count / 2], 1),
            decimal.Round(errors.Count(e => e <= 20m) * 100m / errors.Count, 1));
    }
}
