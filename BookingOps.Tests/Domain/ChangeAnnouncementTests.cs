using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Live;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Domain.Billing;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

/// <summary>
/// Every save is announced by the one interceptor that sees them all, once its transaction commits: services
/// publish nothing by hand, a customer's save is heard like any other, and a rolled-back one never is.
/// </summary>
public sealed class ChangeAnnouncementTests : BillingTest, IDisposable
{
    private readonly List<ChangeSet> heard = [];
    private IDisposable? subscription;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        subscription = Harness.Get<ChangeFeed>().Subscribe(set =>
        {
            lock (heard)
            {
                heard.Add(set);
            }

            return Task.CompletedTask;
        });
    }

    public void Dispose() => subscription?.Dispose();

    [Fact]
    public async Task A_payment_is_one_set_that_touches_its_invoice_booking_and_customer_but_is_no_booking_change()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        heard.Clear();

        var payment = await PayAsync(deposit.Id, 100m);

        var set = Assert.Single(heard);
        Assert.Contains(set.Changes, c => c.EntityType == nameof(Payment) && c.Id == payment.PaymentId && c.Links!["Invoice"] == deposit.Id);
        Assert.True(set.Touches<Invoice>(deposit.Id));
        Assert.True(set.Touches<Booking>(Booking));
        Assert.True(set.Touches<Customer>(Customer));
        Assert.False(set.Has<Booking>());
    }

    [Fact]
    public async Task A_customer_s_save_is_announced()
    {
        var customer = (await Harness.Get<CustomerDirectory>().FindAsync(Customer))!;
        var input = CustomerInputs.Valid(name: "Aminah Weddings & Events", phone: "012-345 6789");
        input.Version = customer.Version;

        await Harness.Get<CustomerService>().UpdateAsync(Customer, input);

        Assert.Equal([(nameof(Customer), Customer)], heard.SelectMany(s => s.Changes).Select(c => (c.EntityType, c.Id)));
    }

    [Fact]
    public async Task Saves_inside_a_caller_s_transaction_are_heard_once_when_it_commits_and_never_when_it_rolls_back()
    {
        var factory = Harness.Get<IDbContextFactory<BookingOpsDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Customers.Add(NewCustomer("Rolled Back Sdn Bhd", "011-000 0001"));
            await db.SaveChangesAsync();
        }

        Assert.Empty(heard);

        await using (var db = await factory.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Customers.Add(NewCustomer("First Sdn Bhd", "011-000 0002"));
            await db.SaveChangesAsync();
            db.Customers.Add(NewCustomer("Second Sdn Bhd", "011-000 0003"));
            await db.SaveChangesAsync();
            Assert.Empty(heard);
            await transaction.CommitAsync();
        }

        Assert.Equal(2, Assert.Single(heard).Changes.Count(c => c.EntityType == nameof(Customer)));
    }

    [Fact]
    public async Task A_bulk_save_is_heard_as_many_of_its_kind()
    {
        await using var db = await Harness.Get<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync();
        db.Customers.AddRange(Enumerable.Range(1, 60).Select(n => NewCustomer($"Imported {n}", $"011-100 {n:0000}")));
        await db.SaveChangesAsync();

        var set = Assert.Single(heard);
        Assert.Equal([(nameof(Customer), 0)], set.Changes.Select(c => (c.EntityType, c.Id)));
        Assert.True(set.Touches<Customer>(Customer));
    }

    private static Customer NewCustomer(string name, string phone)
    {
        var customer = new Customer { CreatedAt = TestTime.Frozen().GetUtcNow() };
        customer.Apply(CustomerInputs.Valid(name: name, phone: phone, email: null));
        return customer;
    }
}
