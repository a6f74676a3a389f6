using BookingOps.Domain.Accounts;
using BookingOps.Domain.Auditing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Domain;

public sealed class AuditTrailTests : DomainTest
{
    [Fact]
    public async Task A_change_records_who_when_what_and_only_the_fields_that_changed()
    {
        Harness.Actor.Current = new Actor("staff-7", "siti@example.test");
        var service = Harness.Get<CustomerService>();
        var id = await service.CreateAsync(CustomerInputs.Valid());
        var form = CustomerInput.From((await Harness.Get<CustomerDirectory>().FindAsync(id))!);
        Harness.Clock.Advance(TimeSpan.FromHours(3));
        form.Email = "billing@tanevents.my";
        await service.UpdateAsync(id, form);

        var log = await Harness.Get<AuditLog>().ListAsync(new AuditLogQuery(null, "Customer", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, new PageRequest()));

        Assert.Equal(2, log.TotalCount);
        var update = log.Items[0];
        Assert.Equal(AuditAction.Updated, update.Action);
        Assert.Equal("staff-7", update.UserId);
        Assert.Equal("siti@example.test", update.UserName);
        Assert.Equal(Harness.Clock.GetUtcNow(), update.OccurredAt);
        Assert.Equal(new AuditChange("Email", "ops@tanevents.my", "billing@tanevents.my"), Assert.Single(update.Changes));
        var creation = log.Items[1];
        Assert.Equal(AuditAction.Created, creation.Action);
        Assert.Contains(creation.Changes, c => c is { Property: "Name", Before: null, After: "Tan Events Sdn Bhd" });
    }

    [Fact]
    public async Task The_log_lists_newest_first_and_filters_by_user_type_and_date()
    {
        var service = Harness.Get<CustomerService>();
        Harness.Actor.Current = new Actor("u-early", "early@example.test");
        await service.CreateAsync(CustomerInputs.Valid(name: "Early Bird"));
        Harness.Clock.Advance(TimeSpan.FromDays(2));
        Harness.Actor.Current = new Actor("u-late", "late@example.test");
        await service.CreateAsync(CustomerInputs.Valid(name: "Late Comer"));
        var log = Harness.Get<AuditLog>();
        var day = Harness.Clock.GetUtcNow().AddDays(-1);

        var all = await log.ListAsync(new AuditLogQuery(null, null, null, null, null, new PageRequest()));
        var byUser = await log.ListAsync(new AuditLogQuery("u-early", null, null, null, null, new PageRequest()));
        var sinceYesterday = await log.ListAsync(new AuditLogQuery(null, "Customer", null, day, null, new PageRequest()));
        var untilYesterday = await log.ListAsync(new AuditLogQuery(null, null, null, null, day, new PageRequest()));

        Assert.Equal(["late@example.test", "early@example.test"], all.Items.Select(e => e.UserName));
        Assert.Equal("early@example.test", Assert.Single(byUser.Items).UserName);
        Assert.Equal("late@example.test", Assert.Single(sinceYesterday.Items).UserName);
        Assert.Equal("early@example.test", Assert.Single(untilYesterday.Items).UserName);
        Assert.Equal(["Customer"], await log.EntityTypesAsync());
    }

    [Fact]
    public async Task Passwords_hashes_and_security_stamps_never_appear_in_the_log()
    {
        const string password = "correct horse battery";
        var users = Harness.Get<UserAdministration>();
        var id = await users.CreateAsync(new NewUserInput { DisplayName = "Ravi", Email = "ravi@example.test", Role = Roles.Staff, Password = password });
        await users.ResetPasswordAsync(id, new ResetPasswordInput { NewPassword = "another long secret" });

        await using var db = Harness.Db();
        var user = await db.Users.SingleAsync(u => u.Id == id);
        var entries = await db.AuditEntries.Where(e => e.EntityType == "User").ToListAsync();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.DoesNotContain(password, entry.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("another long secret", entry.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(user.PasswordHash!, entry.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain(user.SecurityStamp!, entry.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("PasswordHash", entry.Changes, StringComparison.Ordinal);
        }

        Assert.Contains(await db.AuditEntries.Where(e => e.EntityType == "UserRole").ToListAsync(), e => e.Action == AuditAction.Created);
    }

    [Fact]
    public async Task A_failed_save_leaves_neither_the_change_nor_an_audit_entry()
    {
        await using var scope = Harness.Scope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingOps.Domain.Persistence.BookingOpsDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.AuditEntries.Add(new AuditEntry { Id = 1, EntityType = "Seed", EntityId = "1", UserName = "seed" });
            await db.SaveChangesAsync();
        }

        await using (var db = await factory.CreateDbContextAsync())
        {
            var customer = new Customer { CreatedAt = Harness.Clock.GetUtcNow() };
            customer.Apply(CustomerInputs.Valid());
            db.Customers.Add(customer);
            // Violates the primary key after the customer row is written, inside the same save.
            db.AuditEntries.Add(new AuditEntry { Id = 1, EntityType = "Duplicate", EntityId = "1", UserName = "dup" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = Harness.Db();
        Assert.Equal(0, await check.Customers.CountAsync());
        Assert.Equal(1, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Dates_and_instants_are_recorded_in_iso_form_and_amounts_without_trailing_zeros_whatever_the_culture()
    {
        await Harness.Get<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var booking = await Harness.Get<BookingOps.Domain.Bookings.BookingService>().CreateAsync(BookingInputs.Valid(customer));

        var log = await Harness.Get<AuditLog>().ListAsync(new AuditLogQuery(null, "Booking", booking.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, new PageRequest()));

        var changes = log.Items.SelectMany(e => e.Changes).ToList();
        Assert.Contains(changes, c => c is { Property: "DepositDueDate", After: "2026-11-30" });
        Assert.Contains(changes, c => c is { Property: "StartsAt", After: "2026-12-12T11:00:00.0000000+00:00" });
        Assert.Contains(changes, c => c is { Property: "DepositValue", After: "30" });
        Assert.Contains(changes, c => c is { Property: "Total", After: "2650" });
    }
}
