using BookingOps.Domain.Auditing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class CustomerServiceTests : DomainTest
{
    [Fact]
    public async Task Create_stores_the_normalised_customer_with_its_creation_time()
    {
        var id = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "  Tan Events  ", email: "OPS@TanEvents.MY"));

        await using var db = Harness.Db();
        var customer = await db.Customers.SingleAsync(c => c.Id == id);
        Assert.Equal("Tan Events", customer.Name);
        Assert.Equal("ops@tanevents.my", customer.Email);
        Assert.Equal("60123456789", customer.PhoneDigits);
        Assert.Equal(Harness.Clock.GetUtcNow(), customer.CreatedAt);
        Assert.False(customer.IsArchived);
    }

    [Theory]
    [InlineData("", "+60 12-345 6789", "a@b.my", nameof(CustomerInput.Name))]
    [InlineData("Tan", "", "a@b.my", nameof(CustomerInput.Phone))]
    [InlineData("Tan", "12", "a@b.my", nameof(CustomerInput.Phone))]
    [InlineData("Tan", "call me maybe", "a@b.my", nameof(CustomerInput.Phone))]
    [InlineData("Tan", "+60 12-345 6789", "not-an-email", nameof(CustomerInput.Email))]
    public async Task Create_refuses_bad_input_naming_the_field_and_saves_nothing(string name, string phone, string email, string field)
    {
        var input = CustomerInputs.Valid(name: name, phone: phone, email: email);

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<CustomerService>().CreateAsync(input));

        Assert.Equal([field], refusal.Errors.Keys);
        await using var db = Harness.Db();
        Assert.Equal(0, await db.Customers.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task An_emptied_optional_email_is_stored_as_no_email(string? email)
    {
        var id = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(email: email));

        Assert.Null((await Harness.Get<CustomerDirectory>().FindAsync(id))!.Email);
    }

    [Fact]
    public async Task Create_refuses_a_name_longer_than_the_column()
    {
        var input = CustomerInputs.Valid(name: new string('x', 151));

        var refusal = await Assert.ThrowsAsync<DomainValidationException>(() => Harness.Get<CustomerService>().CreateAsync(input));

        Assert.Contains(nameof(CustomerInput.Name), refusal.Errors.Keys);
    }

    [Fact]
    public async Task Update_applies_changes_and_bumps_the_version()
    {
        var service = Harness.Get<CustomerService>();
        var id = await service.CreateAsync(CustomerInputs.Valid());
        var form = CustomerInput.From((await Harness.Get<CustomerDirectory>().FindAsync(id))!);

        form.Phone = "03-7890 1234";
        await service.UpdateAsync(id, form);

        var saved = await Harness.Get<CustomerDirectory>().FindAsync(id);
        Assert.Equal("03-7890 1234", saved!.Phone);
        Assert.Equal("0378901234", saved.PhoneDigits);
        Assert.Equal(form.Version + 1, saved.Version);
    }

    [Fact]
    public async Task The_second_of_two_edits_from_the_same_version_is_refused_and_the_first_kept()
    {
        var service = Harness.Get<CustomerService>();
        var id = await service.CreateAsync(CustomerInputs.Valid());
        var loaded = (await Harness.Get<CustomerDirectory>().FindAsync(id))!;
        var first = CustomerInput.From(loaded);
        var second = CustomerInput.From(loaded);

        first.Notes = "First editor's note.";
        await service.UpdateAsync(id, first);
        second.Notes = "Second editor's note.";
        var refusal = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.UpdateAsync(id, second));

        Assert.Contains("Someone else changed this customer", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("First editor's note.", (await Harness.Get<CustomerDirectory>().FindAsync(id))!.Notes);
    }

    [Fact]
    public async Task Two_simultaneous_saves_of_the_same_version_let_exactly_one_through()
    {
        var service = Harness.Get<CustomerService>();
        var id = await service.CreateAsync(CustomerInputs.Valid());
        var loaded = (await Harness.Get<CustomerDirectory>().FindAsync(id))!;

        var attempts = Enumerable.Range(1, 4).Select(async n =>
        {
            var form = CustomerInput.From(loaded);
            form.Notes = $"Editor {n}";
            try
            {
                await Harness.Get<CustomerService>().UpdateAsync(id, form);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, succeeded => succeeded);
        Assert.Equal(loaded.Version + 1, (await Harness.Get<CustomerDirectory>().FindAsync(id))!.Version);
    }

    [Fact]
    public async Task Updating_a_customer_that_was_deleted_is_refused_clearly()
    {
        var service = Harness.Get<CustomerService>();

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => service.UpdateAsync(4242, CustomerInputs.Valid()));

        Assert.Equal("This customer no longer exists.", refusal.Message);
    }

    [Fact]
    public async Task A_customer_without_history_can_be_deleted()
    {
        var service = Harness.Get<CustomerService>();
        var id = await service.CreateAsync(CustomerInputs.Valid());

        Assert.False(await Harness.Get<CustomerDirectory>().HasHistoryAsync(id));
        await service.DeleteAsync(id, version: 0);

        Assert.Null(await Harness.Get<CustomerDirectory>().FindAsync(id));
        await using var db = Harness.Db();
        var audit = await db.AuditEntries.Where(e => e.EntityType == "Customer").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Deleted], audit);
    }

    [Fact]
    public async Task Archive_hides_the_customer_from_the_list_and_restore_brings_it_back()
    {
        var service = Harness.Get<CustomerService>();
        var directory = Harness.Get<CustomerDirectory>();
        var id = await service.CreateAsync(CustomerInputs.Valid());

        await service.ArchiveAsync(id, version: 0);
        var active = await directory.ListAsync(new CustomerListQuery(null, IncludeArchived: false, new PageRequest()));
        var all = await directory.ListAsync(new CustomerListQuery(null, IncludeArchived: true, new PageRequest()));
        Assert.Empty(active.Items);
        Assert.True(Assert.Single(all.Items).IsArchived);

        await Assert.ThrowsAsync<BusinessRuleException>(() => service.ArchiveAsync(id, version: 1));
        await service.RestoreAsync(id, version: 1);
        Assert.Single((await directory.ListAsync(new CustomerListQuery(null, false, new PageRequest()))).Items);
    }

    [Fact]
    public async Task Archiving_from_a_stale_page_is_refused()
    {
        var service = Harness.Get<CustomerService>();
        var id = await service.CreateAsync(CustomerInputs.Valid());
        var form = CustomerInput.From((await Harness.Get<CustomerDirectory>().FindAsync(id))!);
        form.ContactPerson = "Someone else";
        await service.UpdateAsync(id, form);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.ArchiveAsync(id, version: 0));
        Assert.False((await Harness.Get<CustomerDirectory>().FindAsync(id))!.IsArchived);
    }
}
