using BookingOps.Domain.Accounts;
using BookingOps.Domain.Auditing;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Common;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.BulkImports;
using BookingOps.Domain.Inquiries;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Mail;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Persistence;

public class BookingOpsDbContext(DbContextOptions<BookingOpsDbContext> options) : IdentityDbContext<AppUser>(options)
{
    public DbSet<BusinessProfile> BusinessProfiles => Set<BusinessProfile>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Inquiry> Inquiries => Set<Inquiry>();

    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();

    public DbSet<CrewMember> CrewMembers => Set<CrewMember>();

    public DbSet<TimeOff> TimeOff => Set<TimeOff>();

    public DbSet<CrewAssignment> CrewAssignments => Set<CrewAssignment>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<AssetMovement> AssetMovements => Set<AssetMovement>();

    public DbSet<VehicleDocument> VehicleDocuments => Set<VehicleDocument>();

    public DbSet<AssetAssignment> AssetAssignments => Set<AssetAssignment>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<Refund> Refunds => Set<Refund>();

    public DbSet<DeliveryOrder> DeliveryOrders => Set<DeliveryOrder>();

    public DbSet<WorkItem> WorkItems => Set<WorkItem>();

    public DbSet<ExpenseCategory> ExpenseCategories => Set<ExpenseCategory>();

    public DbSet<Expense> Expenses => Set<Expense>();

    public DbSet<Commission> Commissions => Set<Commission>();

    public DbSet<Budget> Budgets => Set<Budget>();

    public DbSet<BudgetTemplate> BudgetTemplates => Set<BudgetTemplate>();

    public DbSet<RememberedMapping> RememberedMappings => Set<RememberedMapping>();

    public DbSet<DeliveryOrderPhoto> DeliveryOrderPhotos => Set<DeliveryOrderPhoto>();

    public DbSet<FieldReceipt> FieldReceipts => Set<FieldReceipt>();

    public DbSet<LorryTrip> LorryTrips => Set<LorryTrip>();

    public DbSet<FieldProblem> FieldProblems => Set<FieldProblem>();

    public DbSet<CollectionReminder> CollectionReminders => Set<CollectionReminder>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationRead> NotificationReads => Set<NotificationRead>();

    public DbSet<NotificationInbox> NotificationInboxes => Set<NotificationInbox>();

    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<MailSettings> MailSettings => Set<MailSettings>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<Payout> Payouts => Set<Payout>();

    public DbSet<PayoutLine> PayoutLines => Set<PayoutLine>();

    /// <summary>What every record sent from the field has: its order, and a form key seen once (see FieldWork).</summary>
    private static void FieldRecord<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> record)
        where T : class, IFieldRecord
    {
        record.HasOne<DeliveryOrder>().WithMany().HasForeignKey(r => r.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
        record.Property(r => r.IdempotencyKey).HasMaxLength(64);
        record.HasIndex(r => r.IdempotencyKey).IsUnique();
        record.HasIndex(r => r.DeliveryOrderId);
    }

    /// <summary>A budget's or a template's heads, in their own table so the dashboard can sum against them in SQL.</summary>
    private static Action<Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<TOwner, BudgetLine>> BudgetLines<TOwner>(string table)
        where TOwner : class =>
        line =>
        {
            line.ToTable(table);
            line.Property<int>("Id");
            line.HasKey("Id");
            line.HasOne<ExpenseCategory>().WithMany().HasForeignKey(l => l.CategoryId).OnDelete(DeleteBehavior.Restrict);
        };

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
        });

        // The three roles are part of the schema, with fixed keys, so every database has them.
        builder.Entity<IdentityRole>().HasData(Accounts.Roles.All.Select(role => new IdentityRole
        {
            Id = $"role-{role.ToLowerInvariant()}",
            Name = role,
            NormalizedName = role.ToUpperInvariant(),
            ConcurrencyStamp = $"role-{role.ToLowerInvariant()}",
        }));

        builder.Entity<BusinessProfile>(profile =>
        {
            profile.Property(p => p.Id).ValueGeneratedNever();
            profile.Property(p => p.Name).HasMaxLength(120);
            profile.Property(p => p.RegistrationNumber).HasMaxLength(40);
            profile.Property(p => p.TaxRegistrationNumber).HasMaxLength(40);
            profile.Property(p => p.LogoFileName).HasMaxLength(80);
            profile.Property(p => p.Address).HasMaxLength(300);
            profile.Property(p => p.Phone).HasMaxLength(30);
            profile.Property(p => p.Email).HasMaxLength(254);
            profile.Property(p => p.CurrencyCode).HasMaxLength(3);
            profile.Property(p => p.TaxName).HasMaxLength(20);
            profile.Property(p => p.TimeZoneId).HasMaxLength(64);
            profile.Property(p => p.Version).IsConcurrencyToken();
        });

        builder.Entity<Customer>(customer =>
        {
            customer.Property(c => c.Name).HasMaxLength(150).UseCollation("NOCASE");
            customer.Property(c => c.ContactPerson).HasMaxLength(100);
            customer.Property(c => c.Phone).HasMaxLength(30);
            customer.Property(c => c.PhoneDigits).HasMaxLength(20);
            customer.Property(c => c.Email).HasMaxLength(254).UseCollation("NOCASE");
            customer.Property(c => c.Address).HasMaxLength(300);
            customer.Property(c => c.TaxNumber).HasMaxLength(40);
            customer.Property(c => c.Notes).HasMaxLength(2000);
            customer.Property(c => c.Version).IsConcurrencyToken();
            customer.HasIndex(c => c.Name);
            customer.HasIndex(c => c.PhoneDigits);
            customer.HasIndex(c => c.Email);
            customer.HasIndex(c => c.CreatedAt);
            customer.HasIndex(c => c.IsArchived);
        });

        builder.Entity<Booking>(booking =>
        {
            booking.Property(b => b.Number).HasMaxLength(20);
            booking.HasIndex(b => b.Number).IsUnique();
            booking.HasOne<Customer>().WithMany().HasForeignKey(b => b.CustomerId).OnDelete(DeleteBehavior.Restrict);
            booking.Property(b => b.ServiceType).HasMaxLength(100);
            booking.Property(b => b.Address).HasMaxLength(300);
            booking.Property(b => b.Area).HasMaxLength(80).UseCollation("NOCASE");
            booking.Property(b => b.State).HasMaxLength(80);
            booking.Property(b => b.Notes).HasMaxLength(2000);
            booking.Property(b => b.CancellationReason).HasMaxLength(500);
            booking.Property(b => b.Version).IsConcurrencyToken();
            booking.OwnsMany(b => b.PriceLines, line => line.ToJson());
            booking.OwnsMany(b => b.RoleRequirements, role => role.ToJson());
            booking.OwnsMany(b => b.AssetRequirements, asset => asset.ToJson());
            booking.HasIndex(b => b.StartsAt);
            booking.HasIndex(b => new { b.Status, b.StartsAt });
            booking.HasIndex(b => new { b.Status, b.HoldExpiresAt });
            booking.HasIndex(b => new { b.CustomerId, b.StartsAt });
            booking.HasIndex(b => new { b.Area, b.StartsAt });

            // A budget's forecast reads the latest completed bookings of the same service type.
            booking.HasIndex(b => new { b.ServiceType, b.Status, b.EndsAt });

            // Job completion counts bookings by the day they end.
            booking.HasIndex(b => new { b.EndsAt, b.Status });
        });

        builder.Entity<Inquiry>(inquiry =>
        {
            inquiry.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
            inquiry.HasOne<Booking>().WithMany().HasForeignKey(i => i.BookingId).OnDelete(DeleteBehavior.Restrict);
            inquiry.Property(i => i.Source).HasMaxLength(50);
            inquiry.Property(i => i.EventType).HasMaxLength(100);
            inquiry.Property(i => i.Address).HasMaxLength(300);
            inquiry.Property(i => i.Area).HasMaxLength(80);
            inquiry.Property(i => i.State).HasMaxLength(80);
            inquiry.Property(i => i.Notes).HasMaxLength(2000);
            inquiry.Property(i => i.LostReason).HasMaxLength(500);
            inquiry.Property(i => i.Version).IsConcurrencyToken();
            inquiry.HasIndex(i => new { i.Status, i.CreatedAt });
        });

        builder.Entity<CrewMember>(person =>
        {
            person.Property(c => c.Name).HasMaxLength(100).UseCollation("NOCASE");
            person.Property(c => c.Phone).HasMaxLength(30);
            person.Property(c => c.PhoneDigits).HasMaxLength(20);
            person.Property(c => c.Email).HasMaxLength(254);
            person.Property(c => c.IdNumber).HasMaxLength(30);
            person.Property(c => c.UserId).HasMaxLength(450);
            person.PrimitiveCollection(c => c.Roles);
            person.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.SetNull);
            person.HasIndex(c => c.UserId).IsUnique();
            person.HasIndex(c => c.Name);
            person.HasIndex(c => c.PhoneDigits);
            person.Property(c => c.Version).IsConcurrencyToken();
        });

        builder.Entity<TimeOff>(off =>
        {
            off.HasOne<CrewMember>().WithMany().HasForeignKey(t => t.CrewMemberId).OnDelete(DeleteBehavior.Cascade);
            off.Property(t => t.Note).HasMaxLength(200);
            off.HasIndex(t => new { t.CrewMemberId, t.StartsAt });
        });

        builder.Entity<CrewAssignment>(assignment =>
        {
            assignment.HasOne<Booking>().WithMany().HasForeignKey(a => a.BookingId).OnDelete(DeleteBehavior.Restrict);
            assignment.HasOne<CrewMember>().WithMany().HasForeignKey(a => a.CrewMemberId).OnDelete(DeleteBehavior.Restrict);
            assignment.Property(a => a.Role).HasMaxLength(50);
            assignment.Property(a => a.DeclineReason).HasMaxLength(500);
            assignment.Property(a => a.OverrideReason).HasMaxLength(500);
            assignment.Property(a => a.Version).IsConcurrencyToken();
            assignment.HasIndex(a => new { a.CrewMemberId, a.StartsAt });
            assignment.HasIndex(a => a.BookingId);
            assignment.HasIndex(a => a.DurationMinutes);
            // Covering the P&L's crew fees as well as the calendar's date ranges.
            assignment.HasIndex(a => new { a.StartsAt, a.Status, a.Fee });

            // What is owed: jobs done and unpaid. Paid jobs are most of the table and never enter this index.
            assignment.HasIndex(a => new { a.Status, a.EndsAt }, "IX_CrewAssignments_Unpaid").HasFilter("NOT (\"IsPaid\")");
        });

        builder.Entity<Asset>(asset =>
        {
            asset.Property(a => a.Code).HasMaxLength(30);
            asset.HasIndex(a => a.Code).IsUnique();
            asset.HasIndex(a => new { a.Kind, a.Code });
            asset.Property(a => a.Description).HasMaxLength(200);
            asset.Property(a => a.Size).HasMaxLength(30);
            asset.Property(a => a.SizeKey).HasMaxLength(30);
            asset.HasIndex(a => new { a.Kind, a.SizeKey });
            asset.Property(a => a.Area).HasMaxLength(80);
            asset.HasOne<Customer>().WithMany().HasForeignKey(a => a.WithCustomerId).OnDelete(DeleteBehavior.Restrict);
            asset.Property(a => a.Version).IsConcurrencyToken();
        });

        builder.Entity<AssetMovement>(movement =>
        {
            movement.HasOne<Asset>().WithMany().HasForeignKey(m => m.AssetId).OnDelete(DeleteBehavior.Restrict);
            movement.HasOne<Booking>().WithMany().HasForeignKey(m => m.BookingId).OnDelete(DeleteBehavior.Restrict);
            movement.HasOne<DeliveryOrder>().WithMany().HasForeignKey(m => m.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
            movement.Property(m => m.Area).HasMaxLength(80);
            movement.Property(m => m.Notes).HasMaxLength(500);
            movement.Property(m => m.ByUser).HasMaxLength(256);
            movement.HasIndex(m => new { m.AssetId, m.At });
            movement.HasIndex(m => m.At);
        });

        builder.Entity<VehicleDocument>(document =>
        {
            document.HasOne<Asset>().WithMany().HasForeignKey(d => d.AssetId).OnDelete(DeleteBehavior.Cascade);
            document.Property(d => d.Kind).HasMaxLength(20);
            document.HasIndex(d => new { d.AssetId, d.Kind }).IsUnique();
            document.HasIndex(d => d.ExpiresOn);
        });

        builder.Entity<AssetAssignment>(assignment =>
        {
            assignment.HasOne<Booking>().WithMany().HasForeignKey(a => a.BookingId).OnDelete(DeleteBehavior.Restrict);
            assignment.HasOne<Asset>().WithMany().HasForeignKey(a => a.AssetId).OnDelete(DeleteBehavior.Restrict);
            assignment.Property(a => a.OverrideReason).HasMaxLength(500);
            assignment.HasIndex(a => new { a.AssetId, a.StartsAt });
            assignment.HasIndex(a => a.BookingId);
            assignment.HasIndex(a => a.DurationMinutes);
        });

        builder.Entity<Invoice>(invoice =>
        {
            invoice.Property(i => i.Number).HasMaxLength(20);
            invoice.HasIndex(i => i.Number).IsUnique();
            invoice.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
            invoice.HasOne<Booking>().WithMany().HasForeignKey(i => i.BookingId).OnDelete(DeleteBehavior.Restrict);
            invoice.HasOne<DeliveryOrder>().WithMany().HasForeignKey(i => i.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
            invoice.Property(i => i.CurrencyCode).HasMaxLength(3);
            invoice.Property(i => i.Notes).HasMaxLength(2000);
            invoice.Property(i => i.VoidReason).HasMaxLength(500);
            invoice.Property(i => i.Version).IsConcurrencyToken();
            invoice.OwnsMany(i => i.Lines, line => line.ToJson());
            invoice.OwnsMany(i => i.Deductions, deduction => deduction.ToJson());
            invoice.Ignore(i => i.Balance);
            invoice.Ignore(i => i.NetPaid);
            invoice.Ignore(i => i.IsDraft);
            invoice.HasIndex(i => i.BookingId);
            invoice.HasIndex(i => new { i.CustomerId, i.Status });
            invoice.HasIndex(i => new { i.Status, i.DueDate });

            // Covering the P&L's revenue: a year's invoices summed from the index alone, without their wide lines.
            invoice.HasIndex(i => new { i.IssuedOn, i.Status, i.Total });
        });

        builder.Entity<Payment>(payment =>
        {
            payment.HasOne<Invoice>().WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
            payment.Property(p => p.ReceiptNumber).HasMaxLength(20);
            payment.HasIndex(p => p.ReceiptNumber).IsUnique();
            payment.Property(p => p.IdempotencyKey).HasMaxLength(64);
            payment.HasIndex(p => p.IdempotencyKey).IsUnique();
            payment.Property(p => p.Reference).HasMaxLength(100);
            payment.Property(p => p.RecordedBy).HasMaxLength(256);
            payment.HasIndex(p => p.InvoiceId);
            payment.HasIndex(p => new { p.ReceivedOn, p.Id });
            payment.HasIndex(p => new { p.Method, p.ReceivedOn });

            // Sales over time sums each day's takings, cash apart, from the index alone.
            payment.HasIndex(p => new { p.ReceivedOn, p.Method, p.Amount });
        });

        builder.Entity<Refund>(refund =>
        {
            refund.HasOne<Invoice>().WithMany().HasForeignKey(r => r.InvoiceId).OnDelete(DeleteBehavior.Restrict);
            refund.Property(r => r.Reason).HasMaxLength(500);
            refund.Property(r => r.RejectionReason).HasMaxLength(500);
            refund.Property(r => r.Reference).HasMaxLength(100);
            refund.Property(r => r.RequestedBy).HasMaxLength(256);
            refund.Property(r => r.DecidedBy).HasMaxLength(256);
            refund.Property(r => r.Version).IsConcurrencyToken();
            refund.Ignore(r => r.IsClaim);
            refund.HasIndex(r => r.InvoiceId);
            refund.HasIndex(r => r.Status);
            refund.HasIndex(r => r.RequestedAt);
        });

        builder.Entity<DeliveryOrder>(order =>
        {
            order.Property(o => o.Number).HasMaxLength(20);
            order.HasIndex(o => o.Number).IsUnique();
            order.Property(o => o.BookSeries).HasMaxLength(10);
            order.Property(o => o.BookNumber).HasMaxLength(20);

            // A page of the paper DO book is used once per series.
            order.HasIndex(o => new { o.BookSeries, o.BookNumber }).IsUnique().HasFilter("\"BookNumber\" IS NOT NULL");

            // The list's search asks for a page number without its series: its own index lets that arm of the OR seek.
            order.HasIndex(o => o.BookNumber);
            order.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);
            order.HasOne<Booking>().WithMany().HasForeignKey(o => o.BookingId).OnDelete(DeleteBehavior.Restrict);
            order.HasOne<CrewMember>().WithMany().HasForeignKey(o => o.DriverId).OnDelete(DeleteBehavior.Restrict);
            order.HasOne<Asset>().WithMany().HasForeignKey(o => o.LorryId).OnDelete(DeleteBehavior.Restrict);
            order.HasOne<Asset>().WithMany().HasForeignKey(o => o.BinId).OnDelete(DeleteBehavior.Restrict);
            order.Property(o => o.SiteAddress).HasMaxLength(300);
            order.Property(o => o.Area).HasMaxLength(80).UseCollation("NOCASE");
            order.Property(o => o.BinSize).HasMaxLength(40);
            order.Property(o => o.Notes).HasMaxLength(2000);
            order.Property(o => o.CancellationReason).HasMaxLength(500);
            order.Property(o => o.OverrideReason).HasMaxLength(500);
            order.Property(o => o.Version).IsConcurrencyToken();
            order.OwnsMany(o => o.Lines, line => line.ToJson());
            order.HasIndex(o => new { o.Status, o.ScheduledOn });
            order.HasIndex(o => new { o.DriverId, o.ScheduledOn });
            order.HasIndex(o => new { o.CustomerId, o.ScheduledOn });
            order.HasIndex(o => o.ScheduledOn);
        });

        builder.Entity<DeliveryOrderPhoto>(photo =>
        {
            FieldRecord(photo);
            photo.Property(p => p.FileName).HasMaxLength(80);
            photo.Property(p => p.UploadedBy).HasMaxLength(256);
        });

        builder.Entity<FieldReceipt>(receipt =>
        {
            FieldRecord(receipt);
            receipt.Property(r => r.ReceiptNumber).HasMaxLength(20);
            receipt.HasIndex(r => r.ReceiptNumber).IsUnique();
            receipt.HasIndex(r => new { r.ReceivedOn, r.Method });
            receipt.Property(r => r.RecordedBy).HasMaxLength(256);
            receipt.HasOne<Payment>().WithMany().HasForeignKey(r => r.PaymentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<LorryTrip>(trip =>
        {
            FieldRecord(trip);
            trip.Property(t => t.From).HasMaxLength(120);
            trip.Property(t => t.To).HasMaxLength(120);
            trip.Property(t => t.LoggedBy).HasMaxLength(256);
            trip.HasOne<Asset>().WithMany().HasForeignKey(t => t.LorryId).OnDelete(DeleteBehavior.Restrict);
            trip.HasIndex(t => new { t.LorryId, t.DepartedAt });
        });

        builder.Entity<FieldProblem>(problem =>
        {
            FieldRecord(problem);
            problem.Property(p => p.Note).HasMaxLength(500);
            problem.Property(p => p.ReportedBy).HasMaxLength(256);
        });

        builder.Entity<CollectionReminder>(reminder =>
        {
            reminder.HasOne<DeliveryOrder>().WithMany().HasForeignKey(r => r.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
            reminder.Property(r => r.Note).HasMaxLength(200);
            reminder.Property(r => r.CreatedBy).HasMaxLength(256);
            reminder.HasIndex(r => new { r.RaisedAt, r.RemindOn });
            reminder.HasIndex(r => r.DeliveryOrderId);
        });

        builder.Entity<Notification>(notification =>
        {
            notification.Property(n => n.SourceKey).HasMaxLength(100);
            notification.HasIndex(n => n.SourceKey).IsUnique();
            notification.Property(n => n.Text).HasMaxLength(500);
            notification.Property(n => n.Link).HasMaxLength(200);
            notification.Property(n => n.RecipientUserId).HasMaxLength(450);
            notification.HasIndex(n => new { n.Audience, n.Id });
            notification.HasIndex(n => new { n.RecipientUserId, n.Id });
        });

        builder.Entity<NotificationRead>(read =>
        {
            read.HasKey(r => new { r.UserId, r.NotificationId });
            read.Property(r => r.UserId).HasMaxLength(450);
        });

        builder.Entity<NotificationInbox>(inbox =>
        {
            inbox.HasKey(i => i.UserId);
            inbox.Property(i => i.UserId).HasMaxLength(450);
        });

        builder.Entity<NotificationOptOut>(optOut =>
        {
            optOut.HasKey(o => new { o.UserId, o.Kind });
            optOut.Property(o => o.UserId).HasMaxLength(450);
        });

        builder.Entity<JobRun>(run =>
        {
            run.HasKey(r => r.Name);
            run.Property(r => r.Name).HasMaxLength(100);
            run.Property(r => r.Outcome).HasMaxLength(500);
            run.Property(r => r.StartedBy).HasMaxLength(256);
        });

        builder.Entity<MailSettings>(mail =>
        {
            mail.Property(m => m.Id).ValueGeneratedNever();
            mail.Property(m => m.Host).HasMaxLength(200);
            mail.Property(m => m.UserName).HasMaxLength(200);
            mail.Property(m => m.ProtectedPassword).HasMaxLength(1000);
            mail.Property(m => m.FromAddress).HasMaxLength(254);
            mail.Property(m => m.Version).IsConcurrencyToken();
        });

        builder.Entity<OutboxEmail>(email =>
        {
            email.Property(e => e.Key).HasMaxLength(100);
            email.HasIndex(e => e.Key).IsUnique();
            email.Property(e => e.To).HasMaxLength(254);
            email.Property(e => e.Subject).HasMaxLength(200);
            email.Property(e => e.Body).HasMaxLength(2000);
            email.Property(e => e.LastError).HasMaxLength(500);
            email.Property(e => e.CreatedBy).HasMaxLength(256);
            email.HasIndex(e => new { e.Status, e.NextAttemptAt });
        });

        builder.Entity<CalendarFeed>(feed =>
        {
            feed.Property(f => f.UserId).HasMaxLength(450);
            feed.HasIndex(f => f.UserId).IsUnique();
            feed.HasOne<AppUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
            feed.Property(f => f.TokenHash).HasMaxLength(64);
            feed.HasIndex(f => f.TokenHash).IsUnique();
        });

        builder.Entity<JobLease>(lease =>
        {
            lease.HasKey(l => l.Name);
            lease.Property(l => l.Name).HasMaxLength(100);
            lease.Property(l => l.Holder).HasMaxLength(200);
        });

        builder.Entity<Payout>(payout =>
        {
            payout.Property(p => p.Number).HasMaxLength(20);
            payout.HasIndex(p => p.Number).IsUnique();
            payout.HasOne<CrewMember>().WithMany().HasForeignKey(p => p.CrewMemberId).OnDelete(DeleteBehavior.Restrict);
            payout.HasIndex(p => new { p.CrewMemberId, p.PaidOn });
            payout.HasIndex(p => p.PaidOn);
            payout.Property(p => p.Reference).HasMaxLength(100);
            payout.Property(p => p.PaidBy).HasMaxLength(256);
            payout.Property(p => p.ReversalReason).HasMaxLength(500);
            payout.Property(p => p.Version).IsConcurrencyToken();
            payout.Ignore(p => p.IsReversed);
            payout.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PayoutId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PayoutLine>(line =>
        {
            line.HasOne<CrewAssignment>().WithMany().HasForeignKey(l => l.CrewAssignmentId).OnDelete(DeleteBehavior.Restrict);

            // A job is paid by one live payout at most, even when two people pay it at the same moment.
            line.HasIndex(l => l.CrewAssignmentId).IsUnique().HasFilter("\"IsReversed\" = 0");
            line.HasOne<Expense>().WithMany().HasForeignKey(l => l.ExpenseId).OnDelete(DeleteBehavior.Restrict);
            line.HasIndex(l => l.ExpenseId).IsUnique().HasFilter("\"IsReversed\" = 0");

            // SQLite checks a foreign key (deleting an expense, a job) only through an index that is not partial.
            line.HasIndex(l => new { l.CrewAssignmentId, l.IsReversed });
            line.HasIndex(l => new { l.ExpenseId, l.IsReversed });
            line.ToTable(t => t.HasCheckConstraint("CK_PayoutLines_PaysOneThing", "(\"CrewAssignmentId\" IS NULL) <> (\"ExpenseId\" IS NULL)"));
        });

        builder.Entity<ExpenseCategory>(category =>
        {
            category.Property(c => c.Name).HasMaxLength(60).UseCollation("NOCASE");
            category.HasIndex(c => new { c.Kind, c.Name }).IsUnique();
            category.Property(c => c.Version).IsConcurrencyToken();
            category.HasData(ExpenseCategory.Defaults.Select((d, i) => new { Id = i + 1, d.Kind, d.Name, IsActive = true, Version = 0L }));
        });

        builder.Entity<Expense>(expense =>
        {
            expense.Property(e => e.Number).HasMaxLength(20);
            expense.HasIndex(e => e.Number).IsUnique();
            expense.HasOne<ExpenseCategory>().WithMany().HasForeignKey(e => e.CategoryId).OnDelete(DeleteBehavior.Restrict);
            expense.HasOne<CrewMember>().WithMany().HasForeignKey(e => e.CrewMemberId).OnDelete(DeleteBehavior.Restrict);
            expense.HasOne<Booking>().WithMany().HasForeignKey(e => e.BookingId).OnDelete(DeleteBehavior.Restrict);
            expense.HasOne<DeliveryOrder>().WithMany().HasForeignKey(e => e.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
            expense.Property(e => e.Vendor).HasMaxLength(120);
            expense.Property(e => e.Description).HasMaxLength(300);
            expense.Property(e => e.RejectionReason).HasMaxLength(500);
            expense.Property(e => e.ReceiptFileName).HasMaxLength(80);
            expense.Property(e => e.ReceiptContentType).HasMaxLength(40);
            expense.Property(e => e.CreatedBy).HasMaxLength(256);
            expense.Property(e => e.ApprovedBy).HasMaxLength(256);
            expense.Property(e => e.Version).IsConcurrencyToken();
            expense.Ignore(e => e.CanChange);
            expense.Ignore(e => e.CanApprove);
            expense.HasIndex(e => new { e.Kind, e.SpentOn });
            expense.HasIndex(e => new { e.CrewMemberId, e.SpentOn });
            expense.HasIndex(e => new { e.BookingId, e.SpentOn });
            expense.HasIndex(e => e.DeliveryOrderId);
            expense.HasIndex(e => new { e.CategoryId, e.SpentOn });
            expense.HasIndex(e => new { e.Status, e.Kind });

            // Covering the P&L's approved expenses by month and category.
            expense.HasIndex(e => new { e.Status, e.SpentOn, e.CategoryId, e.Amount });

            // Crew expenses owed back: approved and unpaid, a few among years of paid ones.
            expense.HasIndex(e => new { e.Status, e.CrewMemberId }, "IX_Expenses_Unpaid").HasFilter("NOT (\"IsPaid\")");
        });

        builder.Entity<Commission>(commission =>
        {
            commission.Property(c => c.Number).HasMaxLength(20);
            commission.HasIndex(c => c.Number).IsUnique();
            commission.HasOne<Booking>().WithMany().HasForeignKey(c => c.BookingId).OnDelete(DeleteBehavior.Restrict);
            commission.HasOne<DeliveryOrder>().WithMany().HasForeignKey(c => c.DeliveryOrderId).OnDelete(DeleteBehavior.Restrict);
            commission.HasOne<Customer>().WithMany().HasForeignKey(c => c.IntroducerCustomerId).OnDelete(DeleteBehavior.Restrict);

            // One introducer per piece of work.
            commission.HasIndex(c => c.BookingId).IsUnique();
            commission.HasIndex(c => c.DeliveryOrderId).IsUnique();

            // The commissions report dates each by its approval, or else its recording.
            commission.HasIndex(c => c.ApprovedAt);
            commission.HasIndex(c => c.CreatedAt);
            commission.ToTable(t => t.HasCheckConstraint("CK_Commissions_OnOneWork", "(\"BookingId\" IS NULL) <> (\"DeliveryOrderId\" IS NULL)"));
            commission.Property(c => c.IntroducerName).HasMaxLength(120);
            commission.Property(c => c.PaidReference).HasMaxLength(100);
            commission.Property(c => c.ApprovedBy).HasMaxLength(256);
            commission.Property(c => c.PaidBy).HasMaxLength(256);
            commission.Property(c => c.CreatedBy).HasMaxLength(256);
            commission.Property(c => c.Version).IsConcurrencyToken();
            commission.Ignore(c => c.IsPaid);
            commission.Ignore(c => c.CanChange);
        });

        builder.Entity<Budget>(budget =>
        {
            budget.HasOne<Booking>().WithMany().HasForeignKey(b => b.BookingId).OnDelete(DeleteBehavior.Restrict);
            budget.HasIndex(b => b.BookingId).IsUnique();
            budget.Property(b => b.Version).IsConcurrencyToken();
            budget.OwnsMany(b => b.Lines, BudgetLines<Budget>("BudgetLines"));
        });

        builder.Entity<BudgetTemplate>(template =>
        {
            template.Property(t => t.Name).HasMaxLength(80).UseCollation("NOCASE");
            template.HasIndex(t => t.Name).IsUnique();
            template.Property(t => t.ServiceType).HasMaxLength(100);
            template.Property(t => t.Version).IsConcurrencyToken();
            template.OwnsMany(t => t.Lines, BudgetLines<BudgetTemplate>("BudgetTemplateLines"));
        });

        builder.Entity<RememberedMapping>(mapping =>
        {
            mapping.HasKey(m => m.Kind);
            mapping.Property(m => m.Kind).ValueGeneratedNever();
            mapping.Property(m => m.Columns).HasMaxLength(4000);
        });

        builder.Entity<WorkItem>(item =>
        {
            item.Property(w => w.Name).HasMaxLength(100).UseCollation("NOCASE");
            item.HasIndex(w => w.Name).IsUnique();
            item.Property(w => w.Unit).HasMaxLength(20);
            item.Property(w => w.Version).IsConcurrencyToken();
        });

        builder.Entity<NumberSeries>(series =>
        {
            series.HasKey(n => n.Key);
            series.Property(n => n.Key).HasMaxLength(20);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.UserId).HasMaxLength(450);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.EntityType).HasMaxLength(100);
            entry.Property(e => e.EntityId).HasMaxLength(200);
            entry.HasIndex(e => e.OccurredAt);
            entry.HasIndex(e => new { e.EntityType, e.EntityId });
            entry.HasIndex(e => new { e.UserId, e.OccurredAt });
        });
    }
}
