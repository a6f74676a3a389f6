using BookingOps.Domain.Billing;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Bookings;

/// <summary>
/// What a booking earns the business: its issued invoices, less refunds, crew fees (every accepted or
/// completed job, paid or not), approved crew expenses and the introducer's commission (the approved
/// amount, or what the rule gives on what is paid so far). Submitted expenses are shown apart: they may
/// still be rejected.
/// </summary>
public sealed record BookingProfit(decimal Invoiced, decimal Refunded, decimal CrewFees, decimal Expenses, decimal Commission, decimal ExpensesWaiting)
{
    public decimal Revenue => Invoiced - Refunded;

    public decimal Costs => CrewFees + Expenses + Commission;

    public decimal Profit => Revenue - Costs;

    /// <summary>Profit as a share of revenue, or null while nothing is invoiced.</summary>
    public decimal? Margin => Revenue == 0m ? null : decimal.Round(Profit / Revenue * 100m, 1);
}

/// <summary>Reads a booking's profit, every sum taken in SQL.</summary>
public sealed class BookingProfits(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<BookingProfit> ForBookingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoices = db.Invoices.Where(i => i.BookingId == bookingId).Standing();
        var commission = await CommissionDirectory.Rows(db).Where(r => r.Commission.BookingId == bookingId).FirstOrDefaultAsync(cancellationToken);

        // By booking alone, statuses told apart after grouping: given a status too, SQLite (which keeps no statistics
        // here) reads every approved expense through the status index instead of the booking's few.
        var expenses = await db.Expenses.Where(e => e.BookingId == bookingId)
            .GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Amount = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => g.Status, g => g.Amount, cancellationToken);
        return new BookingProfit(
            await invoices.SumAsync(i => i.Total, cancellationToken),
            await invoices.SumAsync(i => i.RefundedTotal, cancellationToken),
            await db.CrewAssignments.Taken()
                .Where(a => a.BookingId == bookingId)
                .SumAsync(a => a.Fee, cancellationToken),
            expenses.GetValueOrDefault(ExpenseStatus.Approved),
            commission is null ? 0m : commission.Commission.ApprovedAmount ?? commission.Commission.Suggested(commission.PaidInvoices),
            expenses.GetValueOrDefault(ExpenseStatus.Submitted));
    }
}
