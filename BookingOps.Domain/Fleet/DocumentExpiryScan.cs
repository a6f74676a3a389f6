using BookingOps.Domain.Jobs;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Fleet;

/// <summary>
/// The daily vehicle document scan: tells the office of each road tax, insurance or permit of an active vehicle
/// that enters its last <see cref="ExpiringDocument.SoonDays"/> days, and again the day it lapses; once each, per
/// document and expiry date (a renewed document is a new date).
/// </summary>
public sealed class DocumentExpiryScan(IDbContextFactory<BookingOpsDbContext> dbFactory, AssetDirectory fleet, BusinessCalendar calendar, TimeProvider clock) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "document-expiry", "Vehicle document expiry scan",
        "Each morning, tells the office of road tax, insurance and permits expiring within a month, and of those that lapsed.", JobSchedule.Daily(7));

    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var today = await calendar.TodayAsync();
        var now = clock.GetUtcNow();
        var documents = await fleet.ExpiringByAsync(today, today.AddDays(ExpiringDocument.SoonDays), cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var raised = await OfficeNotifications.RaiseOnceAsync(db, [.. documents.Select(d => Notification.Of(
            $"document-{(d.DaysLeft < 0 ? "expired" : "expiring")}:{d.AssetId}:{d.Kind}:{d.ExpiresOn:yyyy-MM-dd}", NotificationKind.VehicleDocumentExpiring,
            d.DaysLeft < 0
                ? $"The {d.Kind} of {d.Code} lapsed on {BusinessCalendar.Format(d.ExpiresOn)}."
                : $"The {d.Kind} of {d.Code} expires on {BusinessCalendar.Format(d.ExpiresOn)} ({JobOutcome.Count(d.DaysLeft, "day", "days")} left).",
            $"assets/{d.AssetId}", now))], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return raised == 0 ? "No document newly expiring or lapsed." : $"{JobOutcome.Count(raised, "document", "documents")} newly expiring or lapsed.";
    }
}
