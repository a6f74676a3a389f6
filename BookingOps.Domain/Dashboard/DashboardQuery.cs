using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Inquiries;
using BookingOps.Domain.Live;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Dashboard;

/// <summary>The office's start page: today, the week ahead, what needs chasing. Days are the business's local days.</summary>
public sealed class DashboardQuery(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BookingDirectory bookings,
    BudgetDirectory budgets,
    Reports.ReceivablesAging aging,
    InquiryDirectory inquiries,
    RentalPeriods rentals,
    OfficeNotifications notifications,
    BusinessCalendar calendar,
    SharedReads shared,
    TimeProvider clock)
{
    /// <summary>How long one dashboard serves every office user when nothing it shows changes: holds and "today" move on by the clock.</summary>
    public static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(5);

    /// <summary>The kinds of record the dashboard is made from; a change to any of them makes it anew (a payment is published as its invoice's change).</summary>
    public static readonly IReadOnlyList<string> MadeFrom =
    [
        nameof(Booking), nameof(Inquiry), nameof(Invoice), nameof(DeliveryOrder), nameof(Fleet.Asset),
        nameof(Notification), nameof(Budget), nameof(Expenses.Expense), nameof(Payouts.Payout),
    ];

    public static readonly TimeSpan HoldWarning = TimeSpan.FromHours(48);
    public const int DepositLookAheadDays = 7;
    public const int BudgetsShown = 5;

    /// <summary>The same for every office user, so one load is shared (<see cref="SharedReads"/>); a page leaving does not cancel it for the others.</summary>
    public Task<DashboardData> GetAsync() => shared.GetAsync("dashboard", SharedFor, MadeFrom, () => ComputeAsync(CancellationToken.None));

    /// <summary>The dashboard made afresh, not shared: what <see cref="GetAsync"/> shares, and what the benchmark times.</summary>
    public async Task<DashboardData> ComputeAsync(CancellationToken cancellationToken = default)
    {
        var zone = await calendar.ZoneAsync();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(await calendar.ToLocalAsync(now));
        DateTimeOffset StartOf(DateOnly day) => BusinessCalendar.ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

        var todayJobs = await bookings.ScheduledAsync(StartOf(today), StartOf(today.AddDays(1)), cancellationToken);
        var week = await bookings.ScheduledAsync(StartOf(today.AddDays(1)), StartOf(today.AddDays(8)), cancellationToken);
        var open = await inquiries.ListAsync(null, new PageRequest(Take: 5), cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var holdDeadline = now + HoldWarning;
        var holds = await BookingDirectory.Items(
                db,
                db.Bookings.AsNoTracking().Where(b => b.Status == BookingStatus.Tentative && b.HoldExpiresAt <= holdDeadline).OrderBy(b => b.HoldExpiresAt).Take(20))
            .ToListAsync(cancellationToken);

        // A deposit is due from its booking's due date until payments on the booking's invoices cover it.
        var depositHorizon = today.AddDays(DepositLookAheadDays);
        var deposits = await db.Bookings.AsNoTracking()
            .Where(b => (b.Status == BookingStatus.Tentative || b.Status == BookingStatus.Confirmed)
                && b.DepositDueDate != null && b.DepositDueDate <= depositHorizon
                && db.Invoices.Where(i => i.BookingId == b.Id && i.Number != null && i.Status != InvoiceStatus.Voided).Sum(i => i.PaidTotal) < b.DepositAmount)
            .OrderBy(b => b.DepositDueDate)
            .Take(20)
            .Join(db.Customers, b => b.CustomerId, c => c.Id, (b, c) => new { b.Id, b.Number, c.Name, b.DepositDueDate, b.DepositAmount })
            .ToListAsync(cancellationToken);

        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var from = StartOf(monthStart);
        var to = StartOf(monthStart.AddMonths(1));
        var byStatus = await db.Bookings
            .Where(b => b.StartsAt >= from && b.StartsAt < to)
            .GroupBy(b => b.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);

        var received = await db.Payments.AsNoTracking().Where(p => p.ReceivedOn == today)
            .GroupBy(p => 1).Select(g => new { Amount = g.Sum(p => p.Amount), Count = g.Count() }).SingleOrDefaultAsync(cancellationToken);
        var overdue = await db.Invoices.AsNoTracking()
            .Owing()
            .Where(i => i.DueDate < today)
            .GroupBy(i => 1).Select(g => new { Amount = g.Sum(i => i.Total - i.PaidTotal), Count = g.Count() }).SingleOrDefaultAsync(cancellationToken);

        var withoutInvoice = await db.DeliveryOrders.CountAsync(o => o.Status == DeliveryOrderStatus.PendingInvoice, cancellationToken);
        var field = new DeliveryOrdersAtAGlance(await rentals.OverdueAsync(today, cancellationToken), withoutInvoice, await notifications.LatestAsync(5, cancellationToken));

        // Revenue as the P&L counts it: invoices issued in the month, net of voids.
        var revenue = await db.Invoices.Standing()
            .Where(i => i.IssuedOn >= monthStart.AddMonths(-1) && i.IssuedOn < monthStart.AddMonths(1))
            .GroupBy(i => i.IssuedOn >= monthStart)
            .Select(g => new { ThisMonth = g.Key, Amount = g.Sum(i => i.Total) })
            .ToDictionaryAsync(g => g.ThisMonth, g => g.Amount, cancellationToken);
        var receivables = await aging.TotalsAsync(today, cancellationToken);
        var payoutsDue = await Payouts.PayoutDirectory.OwedJobs(db, now).SumAsync(a => a.Fee, cancellationToken)
            + await Payouts.PayoutDirectory.OwedExpenses(db).SumAsync(e => e.Amount, cancellationToken);
        var owner = new OwnerNumbers(revenue.GetValueOrDefault(true), revenue.GetValueOrDefault(false), receivables.Amounts, receivables.Invoices, payoutsDue);

        return new DashboardData(
            todayJobs,
            week,
            open.TotalCount,
            open.Items,
            holds,
            deposits.Where(d => d.DepositAmount > 0).Select(d => new DepositDue(d.Id, d.Number, d.Name, d.DepositDueDate!.Value, d.DepositAmount)).ToList(),
            Enum.GetValues<BookingStatus>().ToDictionary(s => s, s => byStatus.GetValueOrDefault(s)),
            new MoneyToday(received?.Amount ?? 0m, received?.Count ?? 0, overdue?.Count ?? 0, overdue?.Amount ?? 0m),
            field,
            await budgets.WatchAsync(BudgetsShown, cancellationToken),
            owner);
    }
}
