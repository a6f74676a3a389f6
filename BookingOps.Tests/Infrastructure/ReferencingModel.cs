using BookingOps.Domain.Auditing;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Infrastructure;

/// <summary>
/// The real model plus a table that points at customers and holds a redacted value, standing in for the
/// bookings and crew records later modules add: it proves rules that read the model (history checks,
/// audit redaction) work for any module without naming it.
/// </summary>
public sealed class ReferencingModel(DbContextOptions<BookingOpsDbContext> options) : BookingOpsDbContext(options)
{
    public DbSet<SampleJob> Jobs => Set<SampleJob>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<SampleJob>().HasOne<Customer>().WithMany().HasForeignKey(j => j.CustomerId).OnDelete(DeleteBehavior.Restrict);
    }

    public sealed class SampleJob
    {
        public int Id { get; set; }

        public int CustomerId { get; set; }

        [AuditRedacted]
        public string IdNumber { get; set; } = string.Empty;
    }

    /// <summary>Creates contexts of this model with the app's audit interceptor.</summary>
    public sealed class Factory(string connectionString, AuditTrailInterceptor auditTrail) : IDbContextFactory<BookingOpsDbContext>
    {
        public BookingOpsDbContext CreateDbContext() => Create();

        public ReferencingModel Create() => new(new DbContextOptionsBuilder<BookingOpsDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(auditTrail)
            .Options);
    }
}
