using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Reports;

/// <summary>Who may read a report: the office (Admin and Staff) or the Admin alone (money out, margins, overhead).</summary>
public enum ReportAudience
{
    Office = 1,
    Admin = 2,
}

/// <summary>How a cell is shown on screen and written to Excel and PDF.</summary>
public enum CellKind
{
    Text = 1,
    Day = 2,
    Money = 3,
    Count = 4,

    /// <summary>A share in per cent, e.g. 87.5.</summary>
    Percent = 5,

    /// <summary>A measure that is not money, e.g. kilograms or hours, shown to one decimal.</summary>
    Quantity = 6,
}

/// <summary>
/// What a table report is: its address name (<c>customer-payments</c>), title, menu group, audience, the filters
/// it takes and the kinds of record it reads (an open report refreshes when one of them changes).
/// </summary>
public sealed record ReportInfo(string Name, string Title, string Group, ReportAudience Audience, ReportFilters Filters, string Description, params string[] Reads)
{
    /// <summary>The report's page, e.g. "reports/office/sales"; its exports add ".xlsx" or ".pdf".</summary>
    public string Path => $"reports/{Audience.ToString().ToLowerInvariant()}/{Name}";
}

/// <summary>A column as the page and the exports see it; <see cref="Key"/> names it in the address's sort.</summary>
public record ReportColumn(string Key, string Title, CellKind Kind, double Width, bool Sortable);

/// <summary>A column of a typed report: how to read its value from a row, and (when sortable) the key SQL orders by.</summary>
[SuppressMessage("Design", "CA1000", Justification = "The row type is the point: ReportColumn<SalesRow>.Money(…) reads as what it makes.")]
public sealed record ReportColumn<TRow>(string Key, string Title, CellKind Kind, double Width, Func<TRow, object?> Value, LambdaExpression? SortKey)
    : ReportColumn(Key, Title, Kind, Width, SortKey is not null)
{
    public static ReportColumn<TRow> Text(string key, string title, Expression<Func<TRow, string?>> value, double width = 24, bool sortable = false) =>
        new(key, title, CellKind.Text, width, Compile(value), sortable ? value : null);

    public static ReportColumn<TRow> Day(string key, string title, Expression<Func<TRow, DateOnly?>> value, bool sortable = false) =>
        new(key, title, CellKind.Day, 14, Compile(value), sortable ? value : null);

    public static ReportColumn<TRow> Count(string key, string title, Expression<Func<TRow, int>> value, bool sortable = false) =>
        new(key, title, CellKind.Count, 12, Compile(value), sortable ? value : null);

    /// <summary>Money sorts by its value as a double: SQLite keeps decimals as text, which would sort "9" after "10".</summary>
    public static ReportColumn<TRow> Money(string key, string title, Expression<Func<TRow, decimal>> value, bool sortable = false) =>
        new(key, title, CellKind.Money, 16, Compile(value), sortable ? AsDouble(value) : null);

    /// <summary>A quantity sorts as a double, like money.</summary>
    public static ReportColumn<TRow> Quantity(string key, string title, Expression<Func<TRow, decimal>> value, bool sortable = false) =>
        new(key, title, CellKind.Quantity, 12, Compile(value), sortable ? AsDouble(value) : null);

    public static ReportColumn<TRow> Percent(string key, string title, Func<TRow, decimal?> value) =>
        new(key, title, CellKind.Percent, 12, row => value(row), null);

    private static Expression<Func<TRow, double>> AsDouble(Expression<Func<TRow, decimal>> value) =>
        Expression.Lambda<Func<TRow, double>>(Expression.Convert(value.Body, typeof(double)), value.Parameters);

    private static Func<TRow, object?> Compile<TValue>(Expression<Func<TRow, TValue>> value)
    {
        var read = value.Compile();
        return row => read(row);
    }
}

/// <summary>A row as cells in column order, with the page it opens (a customer, a booking…) if any.</summary>
public sealed record ReportRow(IReadOnlyList<object?> Cells, string? Link = null);

/// <summary>The order asked in the address: a column's key, "-" first for descending ("-pending").</summary>
public sealed record ReportSort(string Column, bool Descending)
{
    public static ReportSort? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.StartsWith('-') ? new(text[1..], true) : new(text, false);

    public override string ToString() => (Descending ? "-" : "") + Column;
}

/// <summary>How a report's chart is drawn on screen; the PDF draws every kind as bars.</summary>
public enum ReportChartKind
{
    Bar = 1,
    Line = 2,
    Donut = 3,
}

public sealed record ReportSeries(string Name, IReadOnlyList<double> Values);

/// <summary>A report's picture over the whole filtered range, not only the page on screen.</summary>
public sealed record ReportChart(ReportChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<ReportSeries> Series);

/// <summary>One page of a report as the screen shows it: rows, the whole range's totals, the chart.</summary>
public sealed record ReportView(string Currency, IReadOnlyList<ReportRow> Rows, int TotalCount, ReportRow? Totals, ReportChart? Chart);

/// <summary>A report of one table: what the report pages, the generic report page and the exports use.</summary>
public interface ITableReport
{
    ReportInfo Info { get; }

    IReadOnlyList<ReportColumn> Columns { get; }

    Task<ReportView> ViewAsync(ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken = default);

    Task<int> CountAsync(ReportFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every row in the asked order, streamed from the database: what the exports write.</summary>
    IAsyncEnumerable<ReportRow> RowsAsync(ReportFilter filter, ReportSort? sort, CancellationToken cancellationToken = default);

    Task<ReportRow?> TotalsAsync(ReportFilter filter, CancellationToken cancellationToken = default);

    string FileName(ReportFilter filter);

    /// <summary>The filters used, as labelled facts for the exports' heading: ["Period", "November 2026"]…</summary>
    Task<IReadOnlyList<string[]>> DescribeAsync(ReportFilter filter, CancellationToken cancellationToken = default);
}

/// <summary>
/// A report whose rows are a query: the database counts, orders, pages and sums it, and the exports stream it
/// (a report folded from grouped rows is a <see cref="FoldedReport{TRow}"/>). An Admin report refuses anyone
/// else here, whatever page or endpoint asks.
/// </summary>
public abstract class TableReport<TRow>(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor) : ITableReport
    where TRow : class
{
    private IReadOnlyList<ReportColumn>? columns;

    public abstract ReportInfo Info { get; }

    public abstract IReadOnlyList<ReportColumn<TRow>> TypedColumns { get; }

    IReadOnlyList<ReportColumn> ITableReport.Columns => columns ??= [.. TypedColumns];

    protected BusinessCalendar Calendar => calendar;

    /// <summary>The report's rows in their natural order (the order used when the address asks none).</summary>
    protected abstract Task<IQueryable<TRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>The whole range's totals as a row (only its numbers are shown), or null for a report without.</summary>
    protected abstract Task<TRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken);

    protected virtual Task<ReportChart?> ChartAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult<ReportChart?>(null);

    /// <summary>The page a row opens, e.g. "customers/12".</summary>
    protected virtual string? LinkOf(TRow row) => null;

    public virtual string FileName(ReportFilter filter) =>
        Info.Filters.HasFlag(ReportFilters.Range) ? $"{Info.Name}-{filter.Period.FileNamePart()}" : Info.Name;

    /// <summary>One page of typed rows with the range's count: what the domain tests read.</summary>
    public virtual async Task<PagedResult<TRow>> PageAsync(ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await PageAsync(db, filter, sort, page, cancellationToken);
    }

    public async Task<TRow?> TypedTotalsAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await TotalsAsync(db, filter, cancellationToken);
    }

    public async Task<ReportChart?> ChartAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await ChartAsync(db, filter, cancellationToken);
    }

    /// <summary>The page, the count, the totals and the chart, read through one context.</summary>
    public virtual async Task<ReportView> ViewAsync(ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = await PageAsync(db, filter, sort, page, cancellationToken);
        return new ReportView(
            await calendar.CurrencyAsync(),
            rows.Items.Select(ToRow).ToList(),
            rows.TotalCount,
            await TotalsAsync(db, filter, cancellationToken) is { } totals ? TotalsRow(totals) : null,
            await ChartAsync(db, filter, cancellationToken));
    }

    public virtual async Task<int> CountAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await (await QueryAsync(db, filter, cancellationToken)).CountAsync(cancellationToken);
    }

    public virtual async IAsyncEnumerable<ReportRow> RowsAsync(ReportFilter filter, ReportSort? sort, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(cancellationToken);
        var rows = Order(await QueryAsync(db, filter, cancellationToken), sort);
        await foreach (var row in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return ToRow(row);
        }
    }

    /// <summary>The totals row as shown: "Total" first, then the numbers; days and words do not add up, so they stay blank.</summary>
    public async Task<ReportRow?> TotalsAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        await TypedTotalsAsync(filter, cancellationToken) is { } totals ? TotalsRow(totals) : null;

    protected ReportRow TotalsRow(TRow totals) =>
        new(TypedColumns.Select((c, i) => i == 0 ? "Total" : ReportCells.IsNumber(c.Kind) ? c.Value(totals) : null).ToList());

    public async Task<IReadOnlyList<string[]>> DescribeAsync(ReportFilter filter, CancellationToken cancellationToken = default)
    {
        var uses = Info.Filters;
        var facts = new List<string[]>();
        if (uses.HasFlag(ReportFilters.Range))
        {
            facts.Add(["Period", $"{filter.Period.Describe()} ({filter.Period.FromText} to {filter.Period.ToText})"]);
        }

        if (uses.HasFlag(ReportFilters.Granularity))
        {
            facts.Add(["By", filter.Granularity.ToString().ToLowerInvariant()]);
        }

        if (uses.HasFlag(ReportFilters.Area))
        {
            facts.Add(["Area", filter.Area ?? "All areas"]);
        }

        await using var db = await OpenAsync(cancellationToken);
        if (uses.HasFlag(ReportFilters.Driver))
        {
            var driver = filter.DriverId is { } id ? await db.CrewMembers.Where(m => m.Id == id).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken) : null;
            facts.Add(["Driver", driver ?? "All drivers"]);
        }

        if (uses.HasFlag(ReportFilters.Serial))
        {
            facts.Add(["Serial", filter.Serial ?? "All bins"]);
        }

        if (uses.HasFlag(ReportFilters.Customer))
        {
            var customer = filter.CustomerId is { } id ? await db.Customers.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) : null;
            facts.Add(["Customer", customer ?? "All customers"]);
        }

        if (uses.HasFlag(ReportFilters.Method))
        {
            facts.Add(["Method", filter.Method is { } method ? BillingDocuments.MethodName(method) : "All methods"]);
        }

        if (uses.HasFlag(ReportFilters.Category))
        {
            var category = filter.CategoryId is { } id ? await db.ExpenseCategories.Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) : null;
            facts.Add(["Category", category ?? "All categories"]);
        }

        if (TypedColumns.Any(c => c.Kind == CellKind.Money))
        {
            facts.Add(["Amounts in", await calendar.CurrencyAsync()]);
        }

        return facts;
    }

    protected ReportRow ToRow(TRow row) => new(TypedColumns.Select(c => c.Value(row)).ToList(), LinkOf(row));

    protected async Task<BookingOpsDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        if (Info.Audience == ReportAudience.Admin && !(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException($"Only an Admin can see {Info.Title.ToLowerInvariant()}.");
        }

        return await dbFactory.CreateDbContextAsync(cancellationToken);
    }

    private async Task<PagedResult<TRow>> PageAsync(BookingOpsDbContext db, ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(db, filter, cancellationToken);
        return new PagedResult<TRow>(
            await Order(rows, sort).Skip(page.SafeSkip).Take(page.SafeTake).ToListAsync(cancellationToken),
            await rows.CountAsync(cancellationToken));
    }

    /// <summary>
    /// The asked column's order, then the report's natural order to break its ties, so that pages neither repeat
    /// nor skip a row; a column the report cannot sort by is ignored.
    /// </summary>
    protected IQueryable<TRow> Order(IQueryable<TRow> rows, ReportSort? sort)
    {
        if (sort is null || TypedColumns.FirstOrDefault(c => c.Key == sort.Column)?.SortKey is not { } key)
        {
            return rows;
        }

        var (source, natural) = SplitOrder(rows.Expression);
        Expression ordered = Expression.Call(
            typeof(Queryable), sort.Descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy), [typeof(TRow), key.ReturnType], source, Expression.Quote(key));
        foreach (var step in natural)
        {
            var then = step.Method.Name.EndsWith("Descending", StringComparison.Ordinal) ? nameof(Queryable.ThenByDescending) : nameof(Queryable.ThenBy);
            ordered = Expression.Call(typeof(Queryable), then, step.Method.GetGenericArguments(), ordered, step.Arguments[1]);
        }

        return rows.Provider.CreateQuery<TRow>(ordered);
    }

    /// <summary>A query without its closing OrderBy…ThenBy chain, and that chain from its first key to its last.</summary>
    private static (Expression Source, IReadOnlyList<MethodCallExpression> Natural) SplitOrder(Expression query)
    {
        var chain = new List<MethodCallExpression>();
        var current = query;
        while (current is MethodCallExpression { Method.DeclaringType: var type } call && type == typeof(Queryable) && call.Method.Name is
            nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending))
        {
            chain.Insert(0, call);
            current = call.Arguments[0];
            if (call.Method.Name.StartsWith("OrderBy", StringComparison.Ordinal))
            {
                return (current, chain);
            }
        }

        return (query, []);
    }
}

/// <summary>
/// A report folded from a few hundred or thousand grouped rows (days into weeks, say): the database sums each
/// group, the groups are folded here once per view, and the page, totals and chart all come from that one fold.
/// </summary>
public abstract class FoldedReport<TRow>(IDbContextFactory<BookingOpsDbContext> dbFactory, BusinessCalendar calendar, ICurrentActor actor)
    : TableReport<TRow>(dbFactory, calendar, actor)
    where TRow : class
{
    /// <summary>Every row of the report, in its natural order.</summary>
    protected abstract Task<IReadOnlyList<TRow>> FoldAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken);

    /// <summary>The rows' totals, as a row; null for a report without.</summary>
    protected virtual TRow? Sum(IReadOnlyList<TRow> rows, ReportFilter filter) => null;

    protected virtual ReportChart? Chart(IReadOnlyList<TRow> rows, ReportFilter filter) => null;

    public override async Task<ReportView> ViewAsync(ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        var rows = await FoldAsync(filter, cancellationToken);
        return new ReportView(
            await Calendar.CurrencyAsync(),
            Page(rows, sort, page).Select(ToRow).ToList(),
            rows.Count,
            Sum(rows, filter) is { } totals ? TotalsRow(totals) : null,
            Chart(rows, filter));
    }

    public override async Task<PagedResult<TRow>> PageAsync(ReportFilter filter, ReportSort? sort, PageRequest page, CancellationToken cancellationToken = default)
    {
        var rows = await FoldAsync(filter, cancellationToken);
        return new PagedResult<TRow>(Page(rows, sort, page), rows.Count);
    }

    public override async Task<int> CountAsync(ReportFilter filter, CancellationToken cancellationToken = default) =>
        (await FoldAsync(filter, cancellationToken)).Count;

    public override async IAsyncEnumerable<ReportRow> RowsAsync(ReportFilter filter, ReportSort? sort, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in Order((await FoldAsync(filter, cancellationToken)).AsQueryable(), sort))
        {
            yield return ToRow(row);
        }
    }

    protected sealed override async Task<IQueryable<TRow>> QueryAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        (await FoldAsync(db, filter, cancellationToken)).AsQueryable();

    private async Task<IReadOnlyList<TRow>> FoldAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await OpenAsync(cancellationToken);
        return await FoldAsync(db, filter, cancellationToken);
    }

    private List<TRow> Page(IReadOnlyList<TRow> rows, ReportSort? sort, PageRequest page) =>
        [.. Order(rows.AsQueryable(), sort).Skip(page.SafeSkip).Take(page.SafeTake)];

    protected sealed override async Task<TRow?> TotalsAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Sum(await FoldAsync(db, filter, cancellationToken), filter);

    protected sealed override async Task<ReportChart?> ChartAsync(BookingOpsDbContext db, ReportFilter filter, CancellationToken cancellationToken) =>
        Chart(await FoldAsync(db, filter, cancellationToken), filter);
}
