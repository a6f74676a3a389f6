using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>How long money has been owed past its due date.</summary>
public enum AgingBucket
{
    Current = 0,
    Days1To30 = 1,
    Days31To60 = 2,
    Days61To90 = 3,
    Over90 = 4,
}

/// <summary>What is owed in each bucket, by one customer or in all.</summary>
public sealed record AgingAmounts(decimal Current, decimal Days1To30, decimal Days31To60, decimal Days61To90, decimal Over90)
{
    public decimal Total => Current + Days1To30 + Days31To60 + Days61To90 + Over90;

    public decimal Overdue => Total - Current;

    public decimal this[AgingBucket bucket] => bucket switch
    {
        AgingBucket.Current => Current,
        AgingBucket.Days1To30 => Days1To30,
        AgingBucket.Days31To60 => Days31To60,
        AgingBucket.Days61To90 => Days61To90,
        _ => Over90,
    };

    public static string Label(AgingBucket bucket) => bucket switch
    {
        AgingBucket.Current => "Not yet due",
        AgingBucket.Days1To30 => "1–30 days",
        AgingBucket.Days31To60 => "31–60 days",
        AgingBucket.Days61To90 => "61–90 days",
        _ => "Over 90 days",
    };
}

/// <summary>One customer who owes: the buckets, their oldest due date and how many invoices are open.</summary>
public sealed record AgingCustomer(int CustomerId, string Name, string Phone, int Invoices, DateOnly OldestDue, AgingAmounts Amounts);

/// <summary>How the customers are ordered: who owes most, or longest, or by name.</summary>
public enum AgingOrder
{
    MostOwed = 1,
    OldestFirst = 2,
    Name = 3,
}

/// <summary>Receivables as of a day: the totals by bucket, and one page of the customers who owe.</summary>
public sealed record AgingReport(DateOnly AsOf, string Currency, AgingAmounts Totals, int InvoiceCount, PagedResult<AgingCustomer> Customers);

/// <summary>
/// Invoice aging: every issued or part-paid invoice's balance (total less paid), by how many days past its due
/// date it is on <c>AsOf</c>. Summed, grouped by customer, ordered and paged in SQL. Open to the office, who
/// chase these every day.
/// </summary>
public sealed class ReceivablesAging(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar)
{
    /// <summary>Every customer who owes, page by page, for the exports; owing customers are in the thousands at most.</summary>
    public async Task<IReadOnlyList<AgingCustomer>> AllCustomersAsync(DateOnly asOf, AgingOrder order, CancellationToken cancellationToken = default)
    {
        var all = new List<AgingCustomer>();
        for (var skip = 0; ; skip += PageRequest.MaxTake)
        {
            var page = await RunAsync(asOf, order, new PageRequest(skip, PageRequest.MaxTake), cancellationToken);
            all.AddRange(page.Customers.Items);
            if (all.Count >= page.Customers.TotalCount || page.Customers.Items.Count == 0)
            {
                return all;
            }
        }
    }

    /// <summary>What is owed in each bucket on <paramref name="asOf"/>, and on how many invoices: the report's totals and the dashboard's glance.</summary>
    public async Task<(AgingAmounts Amounts, int Invoices)> TotalsAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var (d0, d30, d60, d90) = Bounds(asOf);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var totals = await Owing(db, asOf)
            .GroupBy(i => 1)
            .Select(g => new
            {
                Count = g.Count(),
                Current = g.Sum(i => i.DueDate >= d0 ? i.Total - i.PaidTotal : 0m),
                Days1To30 = g.Sum(i => i.DueDate < d0 && i.DueDate >= d30 ? i.Total - i.PaidTotal : 0m),
                Days31To60 = g.Sum(i => i.DueDate < d30 && i.DueDate >= d60 ? i.Total - i.PaidTotal : 0m),
                Days61To90 = g.Sum(i => i.DueDate < d60 && i.DueDate >= d90 ? i.Total - i.PaidTotal : 0m),
                Over90 = g.Sum(i => i.DueDate < d90 ? i.Total - i.PaidTotal : 0m),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return totals is null
            ? (new AgingAmounts(0m, 0m, 0m, 0m, 0m), 0)
            : (new AgingAmounts(totals.Current, totals.Days1To30, totals.Days31To60, totals.Days61To90, totals.Over90), totals.Count);
    }

    public async Task<AgingReport> RunAsync(DateOnly asOf, AgingOrder order, PageRequest page, CancellationToken cancellationToken = default)
    {
        var currency = await calendar.CurrencyAsync();
        var (d0, d30, d60, d90) = Bounds(asOf);
        var totals = await TotalsAsync(asOf, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owing = Owing(db, asOf);

        var byCustomer = owing
            .GroupBy(i => i.CustomerId)
            .Select(g => new
            {
                CustomerId = g.Key,
                Invoices = g.Count(),
                OldestDue = g.Min(i => i.DueDate),
                Owed = g.Sum(i => i.Total - i.PaidTotal),
                Current = g.Sum(i => i.DueDate >= d0 ? i.Total - i.PaidTotal : 0m),
                Days1To30 = g.Sum(i => i.DueDate < d0 && i.DueDate >= d30 ? i.Total - i.PaidTotal : 0m),
                Days31To60 = g.Sum(i => i.DueDate < d30 && i.DueDate >= d60 ? i.Total - i.PaidTotal : 0m),
                Days61To90 = g.Sum(i => i.DueDate < d60 && i.DueDate >= d90 ? i.Total - i.PaidTotal : 0m),
                Over90 = g.Sum(i => i.DueDate < d90 ? i.Total - i.PaidTotal : 0m),
            })
            .Join(db.Customers, r => r.CustomerId, c => c.Id, (r, c) => new { Row = r, c.Name, c.Phone });

        // SQLite keeps money as exact decimal text, which it cannot sort; the sort key alone goes through a real number.
        var ordered = order switch
        {
            AgingOrder.OldestFirst => byCustomer.OrderBy(r => r.Row.OldestDue).ThenBy(r => r.Name),
            AgingOrder.Name => byCustomer.OrderBy(r => r.Name).ThenBy(r => r.Row.CustomerId),
            _ => byCustomer.OrderByDescending(r => (double)r.Row.Owed).ThenBy(r => r.Name),
        };
        var rows = await ordered.Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken);
        var customers = await owing.Select(i => i.CustomerId).Distinct().CountAsync(cancellationToken);

        return new AgingReport(
            asOf,
            currency,
            totals.Amounts,
            totals.Invoices,
            new PagedResult<AgingCustomer>(
                rows.Select(r => new AgingCustomer(r.Row.CustomerId, r.Name, r.Phone, r.Row.Invoices, r.Row.OldestDue ?? asOf,
                    new AgingAmounts(r.Row.Current, r.Row.Days1To30, r.Row.Days31To60, r.Row.Days61To90, r.Row.Over90))).ToList(),
                customers));
    }

    private static IQueryable<Invoice> Owing(BookingOpsDbContext db, DateOnly asOf) => db.Invoices.Owing().Where(i => i.IssuedOn <= asOf);

    /// <summary>The earliest due date in each bucket: due on the day is not yet overdue; due 30 days before is 30 days over.</summary>
    private static (DateOnly D0, DateOnly D30, DateOnly D60, DateOnly D90) Bounds(DateOnly asOf) =>
        (asOf, asOf.AddDays(-30), asOf.AddDays(-60), asOf.AddDays(-90));
}
