using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DemoData;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class DemoDataTests : DomainTest
{
    [Fact]
    public async Task Demo_customers_are_valid_searchable_and_audited_only_when_asked()
    {
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 2_500, Audited: false));
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 10, Audited: true, Seed: 7));

        await using var db = Harness.Db();
        var customers = await db.Customers.ToListAsync();
        Assert.Equal(2_510, customers.Count);
        Assert.All(customers, c => InputValidation.EnsureValid(CustomerInput.From(c)));
        Assert.Equal(10, await db.AuditEntries.CountAsync(e => e.EntityType == "Customer"));
        var someone = customers[1234];
        var found = await Harness.Get<CustomerDirectory>().ListAsync(new CustomerListQuery(someone.Phone, false, new PageRequest()));
        Assert.Contains(found.Items, c => c.Id == someone.Id);
    }
}
