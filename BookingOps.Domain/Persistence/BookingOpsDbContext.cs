using BookingOps.Domain.Accounts;
using BookingOps.Domain.Auditing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
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
