using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>What one payment method brought in over the range.</summary>
public sealed record PaymentMethodTotal(PaymentMethod Method, int Count, decimal Amount);

/// <summary>One day's takings: cash in hand apart from the rest (transfers, cards, cheques…).</summary>
public sealed record PaymentDay(DateOnly Day, int Count, decimal Cash, decimal Other)
{
    public decimal Total => Cash + Other;
}

/// <summary>
/// Payments received in a range: by method, by day (newest first, paged), in all, and beside them what the
/// range's invoices still wait for, so cash in can be read against cash pending.
/// </summary>
public sealed record PaymentsReport(
    ReportPeriod Period,
    string Currency,
    int Count,
    decimal Received,
    decimal Pending,
    IReadOnlyList<PaymentMethodTotal> ByMethod,
    PagedResult<PaymentDay> Days);

/// <summary>Payments by method and daily totals, summed and paged in SQL; the office's to read.</summary>
public sealed class PaymentsReceived(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    /// <summary>Every day of the range with payments, newest first, for the exports: at most one row a day.</summary>
    public async Task<IReadOnlyList<PaymentDay>> AllDaysAsync(ReportPeriod period, CancellationToken cancellationToken = default) =>
        (await RunAsync(period, skip: 0, take: ReportPeriod.MaxDays, cancellationToken)).Days.Items;

    public Task<PaymentsReport> RunAsync(ReportPeriod period, PageRequest page, CancellationToken cancellationToken = default) =>
        RunAsync(period, page.SafeSkip, page.SafeTake, cancellationToken);

    private async Task<PaymentsReport> RunAsync(ReportPeriod period, int skip, int take, CancellationToken cancellationToken)
    {
        var currency = await calendar.CurrencyAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var payments = db.Payments.Where(p => p.ReceivedOn >= period.From && p.ReceivedOn <= period.To);

        var byMethod = await payments
            .GroupBy(p => p.Method)
            .Select(g => new PaymentMethodTotal(g.Key, g.Count(), g.Sum(p => p.Amount)))
            .ToListAsync(cancellationToken);
        var days = payments.GroupBy(p => p.ReceivedOn);
        var dayCount = await days.CountAsync(cancellationToken);
        var dayRows = await days
            .OrderByDescending(g => g.Key)
            .Skip(skip).Take(take)
            .Select(g => new PaymentDay(
                g.Key,
                g.Count(),
                g.Sum(p => p.Method == PaymentMethod.Cash ? p.Amount : 0m),
                g.Sum(p => p.Method != PaymentMethod.Cash ? p.Amount : 0m)))
            .ToListAsync(cancellationToken);
        var pending = await db.Invoices.Owing()
            .Where(i => i.IssuedOn >= period.From && i.IssuedOn <= period.To)
            .SumAsync(i => i.Total - i.PaidTotal, cancellationToken);

        return new PaymentsReport(
            period,
            currency,
            byMethod.Sum(m => m.Count),
            byMethod.Sum(m => m.Amount),
            pending,
            byMethod.OrderBy(m => m.Method).ToList(),
            new PagedResult<PaymentDay>(dayRows, dayCount));
    }
}
