using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// A report sorted by a column many rows share must still page through every row once: the ties fall back on the
/// report's own order, which the database would otherwise ignore for the order it happened to read them in.
/// </summary>
public sealed class TableReportOrderTests : DomainTest
{
    [Fact]
    public async Task Rows_equal_on_the_sorted_column_keep_the_report_s_own_order_page_after_page()
    {
        // The report lists the newest first: neither the order the table holds them in nor the names' order.
        foreach (var (name, phone) in new[] { ("Zara", "012-111 0001"), ("Adam", "012-111 0002"), ("Mona", "012-111 0003"), ("Bala", "012-111 0004"), ("Ravi", "012-111 0005") })
        {
            await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: name, phone: phone, email: null));
        }

        await using var scope = Harness.Scope();
        var report = ActivatorUtilities.CreateInstance<CustomersNewestFirst>(scope.ServiceProvider);
        var shortestFirst = new List<string>();
        for (var skip = 0; skip < 5; skip += 2)
        {
            shortestFirst.AddRange((await report.PageAsync(new ReportFilter(new ReportPeriod(Harness.Today, Harness.Today)), ReportSort.Parse("length"), new PageRequest(skip, 2))).Items.Select(r => r.Name));
        }

        Assert.Equal(["Ravi", "Bala", "Mona", "Adam", "Zara"], shortestFirst);
    }

    /// <summary>Customers, newest first; every name here is four letters long, so sorting by length ties them all.</summary>
    private sealed class CustomersNewestFirst(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
        : TableReport<NameRow>(dbFactory, calendar, actor)
    {
        public override ReportInfo Info { get; } = new("newest-customers", "Newest customers", "Test", ReportAudience.Office, ReportFilters.None, "Customers.");

        public override IReadOnlyList<ReportColumn<NameRow>> TypedColumns { get; } =
        [
            ReportColumn<NameRow>.Text("name", "Name", r => r.Name, sortable: true),
            ReportColumn<NameRow>.Count("length", "Length", r => r.Length, sortable: true),
        ];

        protected override Task<IQueryable<NameRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
            Task.FromResult<IQueryable<NameRow>>(db.Customers.Select(c => new NameRow { Id = c.Id, Name = c.Name, Length = c.Name.Length }).OrderByDescending(r => r.Id));

        protected override Task<NameRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) => Task.FromResult<NameRow?>(null);
    }

    private sealed class NameRow
    {
        public int Id { get; init; }

        public string Name { get; init; } = string.Empty;

        public int Length { get; init; }
    }
}
