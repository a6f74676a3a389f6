using BookingOps.Domain.Common;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Commissions;

/// <summary>
/// The commission eligibility job: tells the Admin of each commission whose work is now paid in full, so it can be
/// approved; once per commission (its state is computed from the invoices, so the job only has to notice it).
/// </summary>
public sealed class CommissionEligibility(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "commission-eligibility", "Commission eligibility",
        "Tells the Admin of each commission whose booking or delivery order is now paid in full, ready to approve.", JobSchedule.Every(60));

    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var currency = await calendar.CurrencyAsync();
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var eligible = await CommissionDirectory.InState(CommissionDirectory.Rows(db), CommissionState.Eligible)
            .Where(r => !db.Notifications.Any(n => n.SourceKey == "commission-eligible:" + r.Commission.Id))
            .OrderBy(r => r.Commission.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var raised = await OfficeNotifications.RaiseOnceAsync(db, [.. eligible.Select(r => Notification.Of(
            $"commission-eligible:{r.Commission.Id}", NotificationKind.CommissionEligible,
            $"{r.Commission.Number} for {r.Commission.IntroducerName} on {r.WorkNumber} is ready to approve: {Money.WithCode(r.Commission.Suggested(r.PaidInvoices), currency)} by its rule.",
            "commissions", now))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return raised == 0 ? "No commission became eligible." : $"{JobOutcome.Count(raised, "commission", "commissions")} ready to approve.";
    }
}
