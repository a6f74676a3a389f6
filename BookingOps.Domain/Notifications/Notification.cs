namespace BookingOps.Domain.Notifications;

/// <summary>What a notification is about; each user can turn a kind off.</summary>
public enum NotificationKind
{
    BookingConfirmed = 1,
    AssignmentOffered = 2,
    AssignmentAnswered = 3,
    DeliveryOrderAssigned = 4,
    PaymentReceived = 5,
    InvoiceIssued = 6,
    RefundRequested = 7,
    RefundDecided = 8,
    CollectionReminderDue = 9,
    FieldProblem = 10,
    InvoiceOverdue = 11,
    VehicleDocumentExpiring = 12,
    PendingOrderDigest = 13,
    CommissionEligible = 14,
    HoldExpiring = 15,
    ImportFinished = 16,
}

/// <summary>Who a notification is for: the office (Admin and Staff), the Admin alone, or one person.</summary>
public enum NotificationAudience
{
    Office = 1,
    Admin = 2,
    Person = 3,
}

/// <summary>
/// Something someone should look at, raised by the app (a save, a job). Its source key names what raised it, once:
/// raising the same thing again finds the first notification instead of adding another. Read or not is per user.
/// </summary>
public class Notification
{
    public long Id { get; set; }

    public string SourceKey { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }

    public NotificationAudience Audience { get; set; } = NotificationAudience.Office;

    /// <summary>The one user it is for, when <see cref="Audience"/> is a person.</summary>
    public string? RecipientUserId { get; set; }

    public string Text { get; set; } = string.Empty;

    /// <summary>The page that deals with it, relative to the app (e.g. delivery-orders/12).</summary>
    public string Link { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who hears of a kind: the office, the Admin alone, or the one person it concerns.</summary>
    public static NotificationAudience AudienceOf(NotificationKind kind) => kind switch
    {
        NotificationKind.AssignmentOffered or NotificationKind.DeliveryOrderAssigned or NotificationKind.ImportFinished => NotificationAudience.Person,
        NotificationKind.InvoiceIssued or NotificationKind.RefundRequested or NotificationKind.CommissionEligible => NotificationAudience.Admin,
        _ => NotificationAudience.Office,
    };

    /// <summary>A notification of <paramref name="kind"/> for its audience (a person's when <paramref name="recipient"/> is named).</summary>
    public static Notification Of(string sourceKey, NotificationKind kind, string text, string link, DateTimeOffset at, string? recipient = null) => new()
    {
        SourceKey = sourceKey,
        Kind = kind,
        Audience = AudienceOf(kind),
        RecipientUserId = recipient,
        Text = text.Length > 500 ? text[..500] : text,
        Link = link,
        CreatedAt = at,
    };

    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.BookingConfirmed => "Booking confirmed",
        NotificationKind.AssignmentOffered => "Job offered to me",
        NotificationKind.AssignmentAnswered => "Job accepted or declined",
        NotificationKind.DeliveryOrderAssigned => "Delivery order given to me",
        NotificationKind.PaymentReceived => "Payment received",
        NotificationKind.InvoiceIssued => "Invoice issued",
        NotificationKind.RefundRequested => "Refund requested",
        NotificationKind.RefundDecided => "Refund approved, rejected or paid",
        NotificationKind.CollectionReminderDue => "Collection reminder due",
        NotificationKind.FieldProblem => "Problem reported from the field",
        NotificationKind.InvoiceOverdue => "Invoice overdue",
        NotificationKind.VehicleDocumentExpiring => "Vehicle document expiring",
        NotificationKind.PendingOrderDigest => "Delivery orders waiting for an invoice (daily)",
        NotificationKind.CommissionEligible => "Commission eligible",
        NotificationKind.HoldExpiring => "Tentative hold expiring",
        NotificationKind.ImportFinished => "My import finished",
        _ => kind.ToString(),
    };
}

/// <summary>One user has read one notification (those above their <see cref="NotificationInbox.ReadThroughId"/> one by one).</summary>
public class NotificationRead
{
    public long NotificationId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>A user's inbox: everything up to <see cref="ReadThroughId"/> is read ("mark all read"), so counting stays short.</summary>
public class NotificationInbox
{
    public string UserId { get; set; } = string.Empty;

    public long ReadThroughId { get; set; }
}

/// <summary>A kind of notification one user turned off.</summary>
public class NotificationOptOut
{
    public string UserId { get; set; } = string.Empty;

    public NotificationKind Kind { get; set; }
}
