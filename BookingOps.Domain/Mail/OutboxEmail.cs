namespace BookingOps.Domain.Mail;

/// <summary>What an e-mail carries: a document's PDF (read when it is sent), or an overdue reminder with the invoice.</summary>
public enum MailKind
{
    Invoice = 1,
    Receipt = 2,
    DeliveryOrder = 3,
    OverdueReminder = 4,
}

public enum OutboxStatus
{
    /// <summary>Waiting for its (next) attempt.</summary>
    Queued = 1,

    /// <summary>Claimed by a sender until <see cref="OutboxEmail.ClaimedUntil"/>.</summary>
    Sending = 2,

    Sent = 3,

    /// <summary>Gave up after <see cref="MailOutbox.MaxAttempts"/> attempts; the office may try again.</summary>
    Failed = 4,
}

/// <summary>
/// An e-mail to a customer, kept until it is sent and afterwards as the record that it was. Its key names what it
/// is (the invoice sent on a click, the reminder of a due date), so asking twice queues it once.
/// </summary>
public class OutboxEmail
{
    public long Id { get; set; }

    public string Key { get; set; } = string.Empty;

    public MailKind Kind { get; set; }

    /// <summary>The invoice, payment (for a receipt) or delivery order it carries.</summary>
    public int DocumentId { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset? SentAt { get; set; }
}
