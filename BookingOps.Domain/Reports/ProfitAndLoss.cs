using BookingOps.Domain.Billing;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>One month of the P&amp;L (or the range's total): what came in and what went out.</summary>
public sealed record ProfitAndLossLine(string Label, ReportPeriod Period, decimal Revenue, decimal Refunds, decimal CrewFees, decimal Commissions, decimal Expenses)
{
    public decimal NetRevenue => Revenue - Refunds;

    public decimal Costs => CrewFees + Commissions + Expenses;

    public decimal Profit => NetRevenue - Costs;

    /// <summary>Profit as a share of net revenue, or null while there is none.</summary>
    public decimal? Margin => NetRevenue == 0m ? null : decimal.Round(Profit / NetRevenue * 100m, 1);
}

/// <summary>What approved expenses of one category came to in the range.</summary>
public sealed record ExpenseCategoryTotal(string Category, ExpenseKind Kind, decimal Amount);

/// <summary>The business P&amp;L for a range: by month, in all, and expenses by category.</summary>
public sealed record ProfitAndLossReport(ReportPeriod Period, string Currency, IReadOnlyList<ProfitAndLossLine> Months, ProfitAndLossLine Total, IReadOnlyList<ExpenseCategoryTotal> ExpensesByCategory);

/// <summary>
/// The owner's P&amp;L, on the accrual basis the booking's profit uses, every sum taken in SQL:
/// revenue is invoices issued in the range, net of voids (a final invoice already deducts its deposit, so
/// nothing counts twice); refunds are those paid out in the range; crew fees are accepted or completed jobs
/// starting in the range, paid yet or not; commissions are approved in the range; expenses are approved ones
/// spent in the range, crew and overhead. Admin only: it shows overhead and every margin.
/// </summary>
public sealed class ProfitAndLossQuery(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
{
    public async Task<ProfitAndLossReport> RunAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can see the business P&L.");
        }

        var zone = await calendar.ZoneAsync();
        var currency = await calendar.CurrencyAsync();
        DateTimeOffset StartOf(DateOnly day) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // Dated by business day: grouped by month in one query each.
        var revenue = await db.Invoices.Standing()
            .Where(i => i.IssuedOn >= period.From && i.IssuedOn <= period.To)
            .GroupBy(i => new { i.IssuedOn!.Value.Year, i.IssuedOn.Value.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Amount = g.Sum(i => i.Total) })
            .ToDictionaryAsync(g => (g.Year, g.Month), g => g.Amount, cancellationToken);
        var expenses = await db.Expenses
            .Where(e => e.Status == ExpenseStatus.Approved && e.SpentOn >= period.From && e.SpentOn <= period.To)
            .GroupBy(e => new { e.SpentOn.Year, e.SpentOn.Month, e.CategoryId })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.CategoryId, Amount = g.Sum(e => e.Amount) })
            .ToListAsync(cancellationToken);

        // Dated by instant: each month's bounds are the business's midnights, so a job at 00:30 local counts on its own day.
        var months = new List<ProfitAndLossLine>();
        foreach (var month in period.Months())
        {
            var (from, to) = (StartOf(month.From), StartOf(month.To.AddDays(1)));
            var crewFees = await db.CrewAssignments.Taken()
                .Where(a => a.StartsAt >= from && a.StartsAt < to)
                .SumAsync(a => a.Fee, cancellationToken);
            var refunds = await db.Refunds
                .Where(r => r.Status == RefundStatus.Processed && r.ProcessedAt >= from && r.ProcessedAt < to)
                .SumAsync(r => r.Amount, cancellationToken);
            var commissions = await db.Commissions.ApprovedBetween(from, to)
                .SumAsync(c => c.ApprovedAmount!.Value, cancellationToken);
            var key = (month.From.Year, month.From.Month);
            months.Add(new ProfitAndLossLine(
                month.From.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                month,
                revenue.GetValueOrDefault(key),
                refunds,
                crewFees,
                commissions,
                expenses.Where(e => (e.Year, e.Month) == key).Sum(e => e.Amount)));
        }

        var names = await db.ExpenseCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var byCategory = expenses.GroupBy(e => e.CategoryId)
            .Select(g => new ExpenseCategoryTotal(names[g.Key].Name, names[g.Key].Kind, g.Sum(e => e.Amount)))
            .OrderBy(c => c.Kind).ThenByDescending(c => c.Amount)
            .ToList();
        var total = new ProfitAndLossLine(
            "Total",
            period,
            months.Sum(m => m.Revenue),
            months.Sum(m => m.Refunds),
            months.Sum(m => m.CrewFees),
            months.Sum(m => m.Commissions),
            months.Sum(m => m.Expenses));
        return new ProfitAndLossReport(period, currency, months, total, byCategory);
    }
}
