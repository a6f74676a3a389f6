using BookingOps.Domain.Jobs;

namespace BookingOps.Domain.Mail;

/// <summary>The outgoing e-mail job: sends what is queued and due (<see cref="MailOutbox.SendDueAsync"/>), retrying failures later.</summary>
public sealed class MailOutboxJob(MailOutbox outbox) : IScheduledJob
{
    public static readonly JobInfo About = new(
        "outgoing-email", "Outgoing e-mail",
        "Sends the queued e-mails (documents and overdue reminders); one that fails is tried again later, five times in all.", JobSchedule.Every(1));

    public JobInfo Info => About;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var (sent, failed) = await outbox.SendDueAsync(cancellationToken);
        return sent == 0 && failed == 0
            ? "Nothing to send."
            : $"{JobOutcome.Count(sent, "e-mail", "e-mails")} sent; {JobOutcome.Count(failed, "attempt", "attempts")} failed.";
    }
}
