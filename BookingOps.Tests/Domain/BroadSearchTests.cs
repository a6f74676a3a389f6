using System.Globalization;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain;

/// <summary>A search matching more customers than <see cref="CustomerDirectory.BroadSearchHits"/> takes the other query plan; its answers must be the same.</summary>
public sealed class BroadSearchTests : DomainTest
{
    private const int Matching = CustomerDirectory.BroadSearchHits + 300;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Harness.Db();
        for (var i = 0; i < Matching + 200; i++)
        {
            var customer = new Customer { CreatedAt = Harness.Clock.GetUtcNow(), IsArchived = i % 7 == 0 };
            var name = i < Matching ? $"Sinar {(i * 7919) % 10_000:D4} Sdn Bhd" : $"Other {i:D4} Trading";
            customer.Apply(CustomerInputs.Valid(name: name, phone: "012-" + i.ToString("D7", CultureInfo.InvariantCulture), contact: null));
            db.Customers.Add(customer);
        }

        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_broad_search_pages_sorts_and_counts_like_a_narrow_one(bool includeArchived, bool descending)
    {
        var directory = Harness.Get<CustomerDirectory>();
        await using var db = Harness.Db();
        var expected = db.Customers
            .Where(c => c.Name.StartsWith("Sinar") && (includeArchived || !c.IsArchived))
            .AsEnumerable()
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Id)
            .Select(c => c.Id)
            .ToList();
        if (descending)
        {
            expected.Reverse();
        }

        var page = await directory.ListAsync(new CustomerListQuery("sinar sdn", includeArchived, new PageRequest(40, 20, CustomerListQuery.SortColumns.Name, descending)));

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Skip(40).Take(20), page.Items.Select(c => c.Id));
        Assert.Contains(await directory.ExplainListAsync(new CustomerListQuery("sinar", false, new PageRequest())), line => line.Contains("USING INDEX IX_Customers_Name", StringComparison.Ordinal));
    }
}
