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

/// <summary>
/// A booking beside its profit figures, each summed in SQL by the rules of <see cref="BookingProfit"/>. Built by
/// member initialisation, so a query can still filter, sort, page and total on it.
/// </summary>
public sealed class BookingProfitFigures
{
    public required Booking Booking { get; init; }

    public decimal Invoiced { get; init; }

    public decimal Refunded { get; init; }

    public decimal CrewFees { get; init; }

    public decimal Expenses { get; init; }

    public decimal ExpensesWaiting { get; init; }

    public decimal Commission { get; init; }
}

/// <summary>Reads bookings' profit, every sum taken in SQL: one booking's for its page, a range's for the profit report.</summary>
public sealed class BookingProfits(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<BookingProfit> ForBookingAsync(int bookingId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Figures(db, db.Bookings.Where(b => b.Id == bookingId))
            .Select(f => new BookingProfit(f.Invoiced, f.Refunded, f.CrewFees, f.Expenses, f.Commission, f.ExpensesWaiting))
            .SingleOrDefaultAsync(cancellationToken) ?? new BookingProfit(0m, 0m, 0m, 0m, 0m, 0m);
    }

    /// <summary>
    /// Each of <paramref name="bookings"/> with its figures: its standing invoices (issued, not void; a final
    /// already deducts its deposit) and what was refunded on them, the fees of its accepted or completed crew jobs
    /// (paid or not), its approved and its waiting expenses, and its commission as <see cref="CommissionDirectory.Amount"/>
    /// counts it. Each is a sum over the booking's own rows, found through their booking indexes. Expenses are
    /// filtered on the booking alone and told apart by status inside the sum: given a status too, SQLite (which
    /// keeps no statistics here) reads every approved expense through the status index instead of the booking's few.
    /// </summary>
    public static IQueryable<BookingProfitFigures> Figures(BookingOpsDbContext db, IQueryable<Booking> bookings) =>
        bookings.Select(b => new BookingProfitFigures
        {
            Booking = b,
            Invoiced = db.Invoices.Standing().Where(i => i.BookingId == b.Id).Sum(i => i.Total),
            Refunded = db.Invoices.Standing().Where(i => i.BookingId == b.Id).Sum(i => i.RefundedTotal),
            CrewFees = db.CrewAssignments.Taken().Where(a => a.BookingId == b.Id).Sum(a => a.Fee),
            Expenses = db.Expenses.Where(e => e.BookingId == b.Id).Sum(e => e.Status == ExpenseStatus.Approved ? e.Amount : 0m),
            ExpensesWaiting = db.Expenses.Where(e => e.BookingId == b.Id).Sum(e => e.Status == ExpenseStatus.Submitted ? e.Amount : 0m),
            Commission = CommissionDirectory.Rows(db).Where(r => r.Commission.BookingId == b.Id).Select(CommissionDirectory.Amount).FirstOrDefault(),
        });

    /// <summary>
    /// The <see cref="Figures"/> of all of <paramref name="bookings"/> added up, each source summed flat over the
    /// bookings' rows. Adding up each booking's sums gives the same, at several times the cost over a year of
    /// bookings: SQLite runs every decimal sum through .NET, and thousands of small sums cost far more than one large.
    /// </summary>
    public static async Task<BookingProfit> TotalsAsync(BookingOpsDbContext db, IQueryable<Booking> bookings, CancellationToken cancellationToken)
    {
        var ids = bookings.Select(b => b.Id);
        var invoices = await db.Invoices.Standing().Where(i => i.BookingId != null && ids.Contains(i.BookingId.Value))
            .GroupBy(i => 1)
            .Select(g => new { Invoiced = g.Sum(i => i.Total), Refunded = g.Sum(i => i.RefundedTotal) })
            .SingleOrDefaultAsync(cancellationToken);
        var crewFees = await db.CrewAssignments.Taken().Where(a => ids.Contains(a.BookingId)).SumAsync(a => a.Fee, cancellationToken);
        var expenses = await db.Expenses.Where(e => e.BookingId != null && ids.Contains(e.BookingId.Value))
            .GroupBy(e => 1)
            .Select(g => new
            {
                Approved = g.Sum(e => e.Status == ExpenseStatus.Approved ? e.Amount : 0m),
                Waiting = g.Sum(e => e.Status == ExpenseStatus.Submitted ? e.Amount : 0m),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var commissions = await CommissionDirectory.Rows(db, db.Commissions.Where(c => c.BookingId != null && ids.Contains(c.BookingId.Value)))
            .Select(CommissionDirectory.Amount)
            .SumAsync(cancellationToken);
        return new BookingProfit(invoices?.Invoiced ?? 0m, invoices?.Refunded ?? 0m, crewFees, expenses?.Approved ?? 0m, commissions, expenses?.Waiting ?? 0m);
    }
}
