using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Mail;
using BookingOps.Tests.Documents;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using netDumbster.smtp;

namespace BookingOps.Tests.Domain.Mail;

/// <summary>
/// The booking's deposit invoice (795.00) e-mailed to Aminah Weddings through an SMTP sink the test starts on a free
/// local port (netDumbster, in process), as the office: the real MailKit transport, the real PDF.
/// </summary>
public sealed class MailOutboxTests : BillingTest, IDisposable
{
    private readonly int port = SmtpSink.FreePort();
    private SimpleSmtpServer? sink;
    private Invoice deposit = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        Harness.Actor.Current = Admin;
        await Harness.Get<MailSettingsService>().SaveAsync(new MailSettingsInput
        {
            Host = "127.0.0.1", Port = port, Security = MailSecurity.None, FromAddress = "billing@kilatbins.my",
        });
        Harness.Actor.Current = new Actor("staff-1", "siti@example.test", IsStaff: true);
    }

    public void Dispose() => sink?.Dispose();

    private MailOutbox Outbox => Harness.Get<MailOutbox>();

    [Fact]
    public async Task An_invoice_is_sent_once_with_its_pdf_however_often_it_is_asked_for_and_sent()
    {
        sink = SimpleSmtpServer.Start(port);
        var form = await Outbox.DraftAsync(MailKind.Invoice, deposit.Id);

        var first = await Outbox.QueueAsync(form);
        var again = await Outbox.QueueAsync(form);
        var sent = await Outbox.SendDueAsync();
        var nothingLeft = await Outbox.SendDueAsync();

        Assert.Equal(first, again);
        Assert.Equal(((1, 0), (0, 0)), (sent, nothingLeft));
        var message = SmtpSink.Read(Assert.Single(sink.ReceivedEmail));
        Assert.Equal(
            ("ops@tanevents.my", $"Invoice {deposit.Number} from Kilat Bins Sdn Bhd", $"outbox-{first}@bookingops", "billing@kilatbins.my"),
            (message.To.Mailboxes.Single().Address, message.Subject, message.MessageId, message.From.Mailboxes.Single().Address));
        Assert.StartsWith($"Dear Aminah Weddings,\n\nPlease find our invoice {deposit.Number} attached.", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal($"{deposit.Number}.pdf", attachment.FileName);
        using var pdf = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdf);
        Assert.Contains(deposit.Number!, Poppler.Text(pdf.ToArray()), StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, (await ListedAsync()).Status);
    }

    [Fact]
    public async Task A_server_that_is_down_is_tried_again_later_five_times_then_the_office_retries_it()
    {
        await Outbox.QueueAsync(await Outbox.DraftAsync(MailKind.Invoice, deposit.Id));

        var attempts = new List<(int, int)>();
        for (var attempt = 0; attempt < MailOutbox.MaxAttempts; attempt++)
        {
            attempts.Add(await Outbox.SendDueAsync());
            attempts.Add(await Outbox.SendDueAsync());
            Harness.Clock.Advance(TimeSpan.FromHours(2));
        }

        var failed = await ListedAsync();
        await Outbox.RetryAsync(failed.Id);
        sink = SimpleSmtpServer.Start(port);
        var retried = await Outbox.SendDueAsync();
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Outbox.RetryAsync(failed.Id));

        Assert.Equal([(0, 1), (0, 0), (0, 1), (0, 0), (0, 1), (0, 0), (0, 1), (0, 0), (0, 1), (0, 0)], attempts);
        Assert.Equal((OutboxStatus.Failed, 5), (failed.Status, failed.Attempts));
        Assert.Contains("refused", failed.LastError, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((1, 0), retried);
        Assert.Single(sink.ReceivedEmail);
        Assert.Equal("Only an e-mail that failed can be tried again.", refused.Message);
    }

    [Fact]
    public async Task Two_senders_at_once_send_an_email_once()
    {
        sink = SimpleSmtpServer.Start(port);
        await Outbox.QueueAsync(await Outbox.DraftAsync(MailKind.Invoice, deposit.Id));
        await using var other = Harness.Scope();

        var both = await Task.WhenAll(Outbox.SendDueAsync(), ((MailOutbox)other.ServiceProvider.GetService(typeof(MailOutbox))!).SendDueAsync());

        Assert.Equal(1, both.Sum(b => b.Sent));
        Assert.Single(sink.ReceivedEmail);
    }

    [Fact]
    public async Task Only_an_issued_document_to_a_valid_address_by_the_office_with_a_mail_server_set_is_queued()
    {
        var draft = await DraftAsync(InvoiceKind.Final);
        var form = await Outbox.DraftAsync(MailKind.Invoice, deposit.Id);
        form.To = "not an address";

        var badAddress = await Assert.ThrowsAsync<DomainValidationException>(() => Outbox.QueueAsync(form));
        var notIssued = await Assert.ThrowsAsync<BusinessRuleException>(() => Outbox.DraftAsync(MailKind.Invoice, draft));
        Harness.Actor.Current = new Actor("crew-1", "aina@example.test");
        var crew = await Assert.ThrowsAsync<BusinessRuleException>(() => Outbox.DraftAsync(MailKind.Invoice, deposit.Id));
        await using (var db = Harness.Db())
        {
            await db.MailSettings.ExecuteDeleteAsync();
        }

        Harness.Actor.Current = new Actor("staff-1", "siti@example.test", IsStaff: true);
        form.To = "ops@tanevents.my";
        var noServer = await Assert.ThrowsAsync<BusinessRuleException>(() => Outbox.QueueAsync(form));

        Assert.Equal(["Enter a valid e-mail address."], badAddress.Errors[nameof(EmailInput.To)]);
        Assert.Equal("Only an issued document can be e-mailed.", notIssued.Message);
        Assert.Equal("Only the office can send documents by e-mail.", crew.Message);
        Assert.Equal("No mail server is set yet: an Admin sets it in Business settings.", noServer.Message);
        await using var check = Harness.Db();
        Assert.Empty(await check.OutboxEmails.ToListAsync());
    }

    [Fact]
    public async Task An_issued_delivery_order_is_e_mailed_and_a_cancelled_one_is_not()
    {
        var orders = Harness.Get<DeliveryOrderService>();
        var order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = Customer,
            ScheduledOn = Today.AddDays(2),
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            Lines = [new DeliveryOrderLineInput { Description = "Skip hire", Quantity = 1, Unit = "week", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);

        var issued = await Outbox.DraftAsync(MailKind.DeliveryOrder, order);
        await orders.CancelAsync(order, 1, "Site not ready");
        var cancelled = await Assert.ThrowsAsync<BusinessRuleException>(() => Outbox.DraftAsync(MailKind.DeliveryOrder, order));

        Assert.Equal(("ops@tanevents.my", "Delivery order DO-2026-00001 from Kilat Bins Sdn Bhd"), (issued.To, issued.Subject));
        Assert.Equal("Only an issued document can be e-mailed.", cancelled.Message);
    }

    [Fact]
    public async Task The_mail_password_is_kept_encrypted_out_of_the_audit_log_and_never_shown()
    {
        Harness.Actor.Current = Admin;
        var settings = Harness.Get<MailSettingsService>();
        var form = await settings.GetAsync();
        form.UserName = "billing@kilatbins.my";
        form.Password = "smtp app password";
        await settings.SaveAsync(form);
        var reread = await settings.GetAsync();
        reread.Password = null;
        await settings.SaveAsync(reread);

        await using var db = Harness.Db();
        var saved = await db.MailSettings.SingleAsync();
        Assert.True(reread.HasPassword);
        Assert.Null(reread.Password);
        Assert.NotNull(saved.ProtectedPassword);
        Assert.DoesNotContain("smtp app password", saved.ProtectedPassword, StringComparison.Ordinal);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains("smtp app password") || a.Changes.Contains("ProtectedPassword")));
    }

    [Fact]
    public async Task An_overdue_invoice_s_customer_is_reminded_by_e_mail_once()
    {
        sink = SimpleSmtpServer.Start(port);
        Harness.Clock.Advance(TimeSpan.FromDays(12));
        var jobs = Harness.Get<BookingOps.Domain.Jobs.BackgroundJobs>();
        Harness.Actor.Current = Admin;

        var first = (await jobs.RunNowAsync(OverdueInvoiceReminders.About.Name)).Outcome;
        var second = (await jobs.RunNowAsync(OverdueInvoiceReminders.About.Name)).Outcome;
        await Outbox.SendDueAsync();

        Assert.Equal(("1 invoice fell overdue; 1 reminder queued to customers.", "No invoice fell overdue."), (first, second));
        var reminder = SmtpSink.Read(Assert.Single(sink.ReceivedEmail));
        Assert.Equal($"Invoice {deposit.Number} is overdue", reminder.Subject);
        Assert.Contains("MYR 795.00 was due on 30 Nov 2026", reminder.TextBody, StringComparison.Ordinal);
    }

    private async Task<OutboxItem> ListedAsync() => Assert.Single((await Outbox.ListAsync(new PageRequest())).Items);
}
