using BookingOps.Domain.Jobs;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>The collection reminder job: raises the reminders that have fallen due (<see cref="CollectionReminders.RaiseDueAsync"/>).</summary>
public sealed class CollectionReminderJob(CollectionReminders reminders) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "collection-reminders", "Collection reminders",
        "Turns the bin collection reminders that have fallen due into office notifications.", JobSchedule.Every(10));

    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var raised = await reminders.RaiseDueAsync(cancellationToken);
        return raised == 0 ? "No reminders due." : $"{JobOutcome.Count(raised, "collection reminder", "collection reminders")} raised.";
    }
}
