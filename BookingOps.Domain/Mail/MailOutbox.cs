using System.ComponentModel.DataAnnotations;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace BookingOps.Domain.Mail;

/// <summary>The e-mail form: to whom, the subject and the message; the document goes as a PDF attachment.</summary>
public sealed class EmailInput
{
    public MailKind Kind { get; set; }

    public int DocumentId { get; set; }

    [Required(ErrorMessage = "Enter the customer's e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(254, ErrorMessage = "Keep the address under 254 characters.")]
    public string To { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(200, ErrorMessage = "Keep the subject under 200 characters.")]
    public string Subject { get; set; } = string.Empty;

    [Required(ErrorMessage = "Write a short message.")]
    [StringLength(2_000, ErrorMessage = "Keep the message under 2,000 characters.")]
    public string Body { get; set; } = string.Empty;

    /// <summary>Made when the form opens: sending the same form twice (a double click, a retry) queues one e-mail.</summary>
    [Required, StringLength(64)]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");
}

/// <summary>An e-mail as the outbox page lists it.</summary>
public sealed record OutboxItem(long Id, MailKind Kind, int DocumentId, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

/// <summary>
/// The outbox: e-mails are queued in the database in the saving transaction, then sent by whoever claims them
/// first (the sending job, or the page that queued one, at once). A claim is one conditional update, so two
/// senders (two app instances) never send the same e-mail; a failed attempt waits longer each time, and after
/// <see cref="MaxAttempts"/> the e-mail is marked failed for the office to retry. Each message carries a fixed
/// Message-Id, so in the rare case of a sender dying after the server took a message but before it was marked sent,
/// the repeat is recognisable as the same e-mail.
/// </summary>
public sealed class MailOutbox(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    ICurrentActor actor,
    TimeProvider clock,
    MailSettingsService settings,
    IMailTransport transport,
    BillingDocuments billing,
    DeliveryOrderDocuments orders)
{
    public const int MaxAttempts = 5;

    private static readonly TimeSpan ClaimTime = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>The form for sending a document, filled in from it: the customer's address, a subject and a short message.</summary>
    public async Task<EmailInput> DraftAsync(MailKind kind, int documentId, CancellationToken cancellationToken = default)
    {
        await EnsureOfficeAsync(cancellationToken);
        var document = await DocumentAsync(kind, documentId, cancellationToken);
        return new EmailInput
        {
            Kind = kind,
            DocumentId = documentId,
            To = document.Customer.Email ?? string.Empty,
            Subject = $"{document.Title} from {document.Business}",
            Body = $"Dear {document.Customer.Name},\n\nPlease find our {document.Noun} {document.Number} attached.\n\nThank you,\n{document.Business}",
        };
    }

    /// <summary>Queues the e-mail (once per form) and returns its id; a mail server must be set and the document sendable.</summary>
    public async Task<long> QueueAsync(EmailInput input, CancellationToken cancellationToken = default)
    {
        var by = await EnsureOfficeAsync(cancellationToken);
        InputValidation.EnsureValid(input);
        await DocumentAsync(input.Kind, input.DocumentId, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.MailSettings.AnyAsync(cancellationToken))
        {
            throw new BusinessRuleException("No mail server is set yet: an Admin sets it in Business settings.");
        }

        var key = $"send:{input.IdempotencyKey}";
        if (await db.OutboxEmails.Where(e => e.Key == key).Select(e => (long?)e.Id).SingleOrDefaultAsync(cancellationToken) is { } queued)
        {
            return queued;
        }

        var email = New(key, input.Kind, input.DocumentId, input.To.Trim(), input.Subject.Trim(), input.Body.Trim(), by.Name);
        db.OutboxEmails.Add(email);
        await db.SaveChangesAsync(cancellationToken);
        return email.Id;
    }

    /// <summary>
    /// Queues an overdue invoice's reminder to its customer inside the caller's transaction, once per invoice and due
    /// date; nothing when the customer has no address or no mail server is set. True when queued.
    /// </summary>
    internal async Task<bool> QueueReminderAsync(BookingOpsDbContext db, int invoiceId, DateOnly dueDate, string to, string subject, string body, CancellationToken cancellationToken)
    {
        var key = $"overdue-reminder:{invoiceId}:{dueDate:yyyy-MM-dd}";
        if (!new EmailAddressAttribute().IsValid(to) || await db.OutboxEmails.AnyAsync(e => e.Key == key, cancellationToken))
        {
            return false;
        }

        db.OutboxEmails.Add(New(key, MailKind.OverdueReminder, invoiceId, to, subject, body, "system"));
        return true;
    }

    /// <summary>Whether e-mails can be sent at all (a mail server is set).</summary>
    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.MailSettings.AnyAsync(cancellationToken);
    }

    public async Task<PagedResult<OutboxItem>> ListAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        await EnsureOfficeAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = await db.OutboxEmails.CountAsync(cancellationToken);
        var items = await db.OutboxEmails.AsNoTracking().OrderByDescending(e => e.Id).Skip(page.SafeSkip).Take(page.SafeTake)
            .Select(e => new OutboxItem(e.Id, e.Kind, e.DocumentId, e.To, e.Subject, e.Status, e.Attempts, e.CreatedAt, e.SentAt, e.NextAttemptAt, e.LastError))
            .ToListAsync(cancellationToken);
        return new PagedResult<OutboxItem>(items, total);
    }

    /// <summary>Puts a failed e-mail back in the queue for a fresh round of attempts.</summary>
    public async Task RetryAsync(long id, CancellationToken cancellationToken = default)
    {
        await EnsureOfficeAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var retried = await db.OutboxEmails.Where(e => e.Id == id && e.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, OutboxStatus.Queued).SetProperty(e => e.Attempts, 0).SetProperty(e => e.NextAttemptAt, clock.GetUtcNow()), cancellationToken);
        if (retried == 0)
        {
            throw new BusinessRuleException("Only an e-mail that failed can be tried again.");
        }
    }

    /// <summary>Sends every e-mail due now that this sender can claim; says how many went and how many failed.</summary>
    public async Task<(int Sent, int Failed)> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<long> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            due = await db.OutboxEmails.Where(e => (e.Status == OutboxStatus.Queued && e.NextAttemptAt <= now) || (e.Status == OutboxStatus.Sending && e.ClaimedUntil <= now))
                .OrderBy(e => e.Id).Select(e => e.Id).Take(100).ToListAsync(cancellationToken);
        }

        var (sent, failed) = (0, 0);
        foreach (var id in due)
        {
            switch (await SendAsync(id, cancellationToken))
            {
                case OutboxStatus.Sent: sent++; break;
                case OutboxStatus.Queued or OutboxStatus.Failed: failed++; break;
            }
        }

        return (sent, failed);
    }

    /// <summary>
    /// Claims and sends one e-mail if it is due; returns where it stands afterwards, or null if another sender had
    /// it or it was not due.
    /// </summary>
    public async Task<OutboxStatus?> SendAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && ((e.Status == OutboxStatus.Queued && e.NextAttemptAt <= now) || (e.Status == OutboxStatus.Sending && e.ClaimedUntil <= now)))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.Status, OutboxStatus.Sending).SetProperty(e => e.ClaimedUntil, now + ClaimTime).SetProperty(e => e.Attempts, e => e.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var email = await db.OutboxEmails.SingleAsync(e => e.Id == id, cancellationToken);
        try
        {
            var connection = await settings.ConnectionAsync(db, cancellationToken) ?? throw new InvalidOperationException("No mail server is set.");
            await transport.SendAsync(connection, await MessageAsync(email, connection, cancellationToken), cancellationToken);
            (email.Status, email.SentAt, email.ClaimedUntil, email.LastError) = (OutboxStatus.Sent, clock.GetUtcNow(), null, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var giveUp = email.Attempts >= MaxAttempts;
            email.Status = giveUp ? OutboxStatus.Failed : OutboxStatus.Queued;
            email.NextAttemptAt = clock.GetUtcNow() + Backoff[Math.Min(email.Attempts, Backoff.Length) - 1];
            email.ClaimedUntil = null;
            email.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return email.Status;
    }

    private async Task<MimeMessage> MessageAsync(OutboxEmail email, MailConnection connection, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(email.Kind, email.DocumentId, cancellationToken);
        var message = new MimeMessage { Subject = email.Subject, MessageId = $"outbox-{email.Id}@bookingops" };
        message.From.Add(new MailboxAddress(connection.FromName, connection.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));
        var body = new BodyBuilder { TextBody = email.Body };
        body.Attachments.Add(document.FileName, document.Pdf(clock.GetUtcNow()), new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>The document an e-mail carries, or a refusal when there is none to send (a draft has no number yet; a cancelled order is not sent).</summary>
    private async Task<MailDocument> DocumentAsync(MailKind kind, int id, CancellationToken cancellationToken)
    {
        MailDocument? document = kind switch
        {
            MailKind.Invoice or MailKind.OverdueReminder => await billing.InvoiceAsync(id, cancellationToken) is { Number: { } number } invoice
                ? new MailDocument("invoice", number, invoice.Business.Name, invoice.Customer, $"{number}.pdf", at => BillingPdf.Invoice(invoice, PaperFormat.A4, at))
                : null,
            MailKind.Receipt => await billing.ReceiptAsync(id, cancellationToken) is { } receipt
                ? new MailDocument("receipt", receipt.ReceiptNumber, receipt.Business.Name, receipt.Customer, $"{receipt.ReceiptNumber}.pdf", at => BillingPdf.Receipt(receipt, PaperFormat.A4, at))
                : null,
            MailKind.DeliveryOrder => await orders.BuildAsync(id, cancellationToken) is { Number: { } number } order && await CanEmailOrderAsync(id, cancellationToken)
                ? new MailDocument("delivery order", number, order.Business.Name, order.Customer, $"{number}.pdf", at => DeliveryOrderPdf.Render(order, PaperFormat.A4, at))
                : null,
            _ => null,
        };
        return document ?? throw new BusinessRuleException("Only an issued document can be e-mailed.");
    }

    private async Task<bool> CanEmailOrderAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await db.DeliveryOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken))?.CanEmail == true;
    }

    private OutboxEmail New(string key, MailKind kind, int documentId, string to, string subject, string body, string by)
    {
        var now = clock.GetUtcNow();
        return new OutboxEmail { Key = key, Kind = kind, DocumentId = documentId, To = to, Subject = subject, Body = body, CreatedBy = by, CreatedAt = now, NextAttemptAt = now };
    }

    private async Task<Actor> EnsureOfficeAsync(CancellationToken cancellationToken)
    {
        var current = await actor.GetAsync(cancellationToken);
        return current.IsOffice ? current : throw new BusinessRuleException("Only the office can send documents by e-mail.");
    }

    private sealed record MailDocument(string Noun, string Number, string Business, DocumentParty Customer, string FileName, Func<DateTimeOffset, byte[]> Pdf)
    {
        public string Title => $"{char.ToUpperInvariant(Noun[0])}{Noun[1..]} {Number}";
    }
}
