using BookingOps.Domain.Accounts;
using BookingOps.Domain.Auditing;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Commissions;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Dashboard;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Inquiries;
using BookingOps.Domain.Jobs;
using BookingOps.Domain.Live;
using BookingOps.Domain.Mail;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Payouts;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.BulkImports;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Search;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using BookingOps.Domain.Reports;

namespace BookingOps.Domain;

public static class DomainRegistration
{
    /// <summary>
    /// The database, Identity's user store with the business's password and lock-out rules, and every
    /// domain service. The host adds who the current actor is (<see cref="Common.ICurrentActor"/>) and a
    /// <see cref="TimeProvider"/>. Uploaded files go to <paramref name="filesDirectory"/>, outside the web root.
    /// </summary>
    public static IdentityBuilder AddBookingOpsDomain(this IServiceCollection services, string connectionString, string filesDirectory)
    {
        services.AddSingleton(new FileStore(filesDirectory));
        services.AddScoped<BusinessLogo>();
        services.AddScoped<AuditTrailInterceptor>();

        // Scoped, so each context gets the interceptor of its own request or circuit (and so its user).
        services.AddDbContextFactory<BookingOpsDbContext>(
            (provider, db) => db
                .UseSqlite(connectionString)
                .AddInterceptors(provider.GetRequiredService<AuditTrailInterceptor>()),
            ServiceLifetime.Scoped);

        services.AddSingleton<SetupStatus>();
        services.AddScoped<FirstRunSetup>();
        services.AddScoped<DemoDataGenerator>();
        services.AddScoped<BusinessSettingsService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<UserPreferences>();
        services.AddScoped<CustomerService>();
        services.AddScoped<CustomerDirectory>();
        services.AddScoped<AuditLog>();
        services.AddScoped<BusinessCalendar>();
        services.AddSingleton<ChangeFeed>();
        services.AddScoped<ChangeOrigin>();
        services.AddSingleton<SharedReads>();
        services.AddScoped<BookingService>();
        services.AddScoped<NewBookingForm>();
        services.AddScoped<BookingDirectory>();
        services.AddScoped<CalendarQuery>();
        services.AddScoped<DeliveryOrderService>();
        services.AddScoped<DeliveryOrderDirectory>();
        services.AddScoped<WorkItemCatalogue>();
        services.AddScoped<FieldWork>();
        services.AddScoped<ExpenseService>();
        services.AddScoped<ExpenseDirectory>();
        services.AddScoped<ExpenseCategories>();
        services.AddScoped<MyExpenses>();
        services.AddScoped<EarningsStatements>();
        services.AddScoped<BudgetService>();
        services.AddScoped<BudgetDirectory>();
        services.AddScoped<BookingOps.Domain.Reports.ProfitAndLossQuery>();
        services.AddScoped<BookingOps.Domain.Reports.ReportHeaders>();
        services.AddScoped<BookingOps.Domain.Reports.ReceivablesAging>();
        services.AddScoped<BookingOps.Domain.Reports.PaymentsReceived>();
        services.AddScoped<BookingOps.Domain.Reports.BookingsQuery>();
        services.AddScoped<ReportCatalog>();
        services.AddScoped<ReportFilterOptions>();
        services.AddTableReport<SalesOverTime>();
        services.AddTableReport<BookingProfitReport>();
        services.AddTableReport<BudgetVariance>();
        services.AddTableReport<InvoiceRegister>();
        services.AddTableReport<PaymentRegister>();
        services.AddTableReport<CrewEarnings>();
        services.AddTableReport<OutstandingPayouts>();
        services.AddTableReport<CommissionsReport>();
        services.AddTableReport<RefundsReport>();
        services.AddTableReport<ExpensesByCategory>();
        services.AddTableReport<ExpenseRegister>();
        services.AddTableReport<JobCompletion>();
        services.AddTableReport<DeliveryOrdersOverTime>();
        services.AddTableReport<DriverPerformance>();
        services.AddTableReport<LorryUtilisation>();
        services.AddTableReport<CustomerPaymentHistory>();
        services.AddTableReport<SalesByArea>();
        services.AddTableReport<PendingPaymentAlerts>();
        services.AddTableReport<BinStockOnHand>();
        services.AddTableReport<BinMovementHistory>();
        services.AddTableReport<BinsOutByArea>();
        services.AddTableReport<VehicleDocumentExpiry>();
        services.AddScoped<ForecastBacktest>();
        services.AddScoped<CommissionService>();
        services.AddScoped<CommissionDirectory>();
        services.AddScoped<BookingProfits>();
        services.AddScoped<ImportService>();
        services.AddSingleton<ImportUploads>();
        services.AddScoped<DeliveryOrderDocuments>();
        services.AddScoped<RentalPeriods>();
        services.AddScoped<CollectionReminders>();
        services.AddScoped<OfficeNotifications>();
        services.AddScoped<Notifier>();
        services.AddScoped<MyNotifications>();
        services.AddScoped<JobRuns>();
        services.AddSingleton(JobInstance.ThisProcess());
        services.AddScoped<BackgroundJobs>();
        services.AddScoped<CalendarFeeds>();
        services.AddDataProtection();
        services.AddScoped<MailSettingsService>();
        services.AddSingleton<IMailTransport, SmtpMailTransport>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<IScheduledJob, HoldExpiry>();
        services.AddScoped<IScheduledJob, CollectionReminderJob>();
        services.AddScoped<IScheduledJob, DocumentExpiryScan>();
        services.AddScoped<IScheduledJob, PendingOrderDigest>();
        services.AddScoped<IScheduledJob, OverdueInvoiceReminders>();
        services.AddScoped<IScheduledJob, CommissionEligibility>();
        services.AddScoped<IScheduledJob, MailOutboxJob>();
        services.AddScoped<PayoutService>();
        services.AddScoped<PayoutDirectory>();
        services.AddScoped<InquiryService>();
        services.AddScoped<InquiryDirectory>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<CrewService>();
        services.AddScoped<CrewDirectory>();
        services.AddScoped<BoardQuery>();
        services.AddScoped<AssetService>();
        services.AddScoped<AssetDirectory>();
        services.AddScoped<AssetFinder>();
        services.AddScoped<AssetAssignmentService>();
        services.AddScoped<CrewAssignmentService>();
        services.AddScoped<InvoiceService>();
        services.AddScoped<InvoiceDirectory>();
        services.AddScoped<PaymentService>();
        services.AddScoped<RefundService>();
        services.AddScoped<BillingDocuments>();
        services.AddScoped<SearchService>();

        // One reader for the app, so its limit on tesseracts running at once holds across every upload.
        services.AddSingleton(provider => new ReceiptReader(
            provider.GetService<IConfiguration>()?[ReceiptReader.ConfigurationKey] is { Length: > 0 } configured ? configured : ReceiptReader.DefaultExecutable,
            provider.GetRequiredService<ILogger<ReceiptReader>>()));

        return services.AddIdentityCore<AppUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = PasswordRules.MinimumLength;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireDigit = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = PasswordRules.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = PasswordRules.LockoutDuration;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<BookingOpsDbContext>();
    }
}
