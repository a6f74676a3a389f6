using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Customers;

/// <summary>Customer reads: the paged, sorted, searchable list and single records.</summary>
public sealed class CustomerDirectory(IDbContextFactory<BookingOpsDbContext> dbFactory)
{
    public async Task<PagedResult<CustomerListItem>> ListAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = Filter(db, query);
        var total = await customers.CountAsync(cancellationToken);
        var items = await Sort(customers, query.Page)
            .Skip(query.Page.SafeSkip)
            .Take(query.Page.SafeTake)
            .Select(c => new CustomerListItem(c.Id, c.Name, c.ContactPerson, c.Phone, c.Email, c.IsArchived, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PagedResult<CustomerListItem>(items, total);
    }

    public async Task<Customer?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>Whether other records point at the customer; such a customer is archived, not deleted.</summary>
    public async Task<bool> HasHistoryAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.IsReferencedAsync<Customer>(id, cancellationToken);
    }

    /// <summary>The query plans of the list's page and count queries, for the benchmark.</summary>
    public async Task<IReadOnlyList<string>> ExplainListAsync(CustomerListQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var page = await QueryPlan.ExplainAsync(db, Sort(Filter(db, query), query.Page).Skip(query.Page.SafeSkip).Take(query.Page.SafeTake), cancellationToken);
        var count = await QueryPlan.ExplainAsync(db, Filter(db, query).Select(c => c.Id), cancellationToken);
        return [.. page.Select(p => "page:  " + p), .. count.Select(p => "count: " + p)];
    }

    private static IQueryable<Customer> Filter(BookingOpsDbContext db, CustomerListQuery query)
    {
        var customers = db.Customers.AsNoTracking();
        if (!query.IncludeArchived)
        {
            customers = customers.Where(c => !c.IsArchived);
        }

        var match = CustomerSearchExpression.Build(query.Search);
        if (match is not null)
        {
            var hits = db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM CustomerSearch WHERE CustomerSearch MATCH {match}");
            customers = customers.Where(c => hits.Contains(c.Id));
        }

        return customers;
    }

    private static IQueryable<Customer> Sort(IQueryable<Customer> customers, PageRequest page) => (page.SortBy, page.Descending) switch
    {
        (CustomerListQuery.SortColumns.Phone, false) => customers.OrderBy(c => c.PhoneDigits).ThenBy(c => c.Id),
        (CustomerListQuery.SortColumns.Phone, true) => customers.OrderByDescending(c => c.PhoneDigits).ThenByDescending(c => c.Id),
        (CustomerListQuery.SortColumns.Email, false) => customers.OrderBy(c => c.Email).ThenBy(c => c.Id),
        (CustomerListQuery.SortColumns.Email, true) => customers.OrderByDescending(c => c.Email).ThenByDescending(c => c.Id),
        (CustomerListQuery.SortColumns.CreatedAt, false) => customers.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        (CustomerListQuery.SortColumns.CreatedAt, true) => customers.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
        (_, true) => customers.OrderByDescending(c => c.Name).ThenByDescending(c => c.Id),
        _ => customers.OrderBy(c => c.Name).ThenBy(c => c.Id),
    };
}
