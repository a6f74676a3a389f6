using System.Globalization;
using BookingOps.Domain.Billing;

namespace BookingOps.Domain.Reports;

/// <summary>The filters a table report takes; the page offers those, and the address carries only those.</summary>
[Flags]
public enum ReportFilters
{
    None = 0,
    Range = 1,
    Granularity = 2,
    Area = 4,
    Driver = 8,
    Serial = 16,
    Customer = 32,

    /// <summary>How a payment was made.</summary>
    Method = 64,

    /// <summary>An expense category.</summary>
    Category = 128,
}

/// <summary>How finely a report over time is cut: a row a day, a week (Monday to Sunday) or a month.</summary>
public enum Granularity
{
    Day = 1,
    Week = 2,
    Month = 3,
}

/// <summary>
/// A table report's filters as they travel in its address (<c>from, to, by, area, driver, serial, customer, method,
/// category</c>), so a copied link opens the same report; what cannot be read falls back to this month, by day, unfiltered.
/// </summary>
public sealed record ReportFilter(
    ReportPeriod Period,
    Granularity Granularity = Granularity.Day,
    string? Area = null,
    int? DriverId = null,
    string? Serial = null,
    int? CustomerId = null,
    PaymentMethod? Method = null,
    int? CategoryId = null)
{
    public static ReportFilter Parse(IReadOnlyDictionary<string, string?> query, DateOnly today)
    {
        string? Read(string key) => query.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return new ReportFilter(
            ReportPeriod.Parse(Read("from"), Read("to"), today),
            Enum.TryParse<Granularity>(Read("by"), ignoreCase: true, out var granularity) && Enum.IsDefined(granularity) ? granularity : Granularity.Day,
            Read("area"),
            Id(Read("driver")),
            Read("serial")?.ToUpperInvariant(),
            Id(Read("customer")),
            Enum.TryParse<PaymentMethod>(Read("method"), ignoreCase: true, out var method) && Enum.IsDefined(method) ? method : null,
            Id(Read("category")));

        static int? Id(string? text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }

    /// <summary>The filters <paramref name="uses"/> names, as an address query (without the leading "?").</summary>
    public string ToQuery(ReportFilters uses)
    {
        var parts = new List<string>();
        if (uses.HasFlag(ReportFilters.Range))
        {
            parts.Add($"from={Period.FromText}&to={Period.ToText}");
        }

        if (uses.HasFlag(ReportFilters.Granularity))
        {
            parts.Add("by=" + Granularity.ToString().ToLowerInvariant());
        }

        if (uses.HasFlag(ReportFilters.Area) && Area is not null)
        {
            parts.Add("area=" + Uri.EscapeDataString(Area));
        }

        if (uses.HasFlag(ReportFilters.Driver) && DriverId is { } driver)
        {
            parts.Add("driver=" + driver.ToString(CultureInfo.InvariantCulture));
        }

        if (uses.HasFlag(ReportFilters.Serial) && Serial is not null)
        {
            parts.Add("serial=" + Uri.EscapeDataString(Serial));
        }

        if (uses.HasFlag(ReportFilters.Customer) && CustomerId is { } customer)
        {
            parts.Add("customer=" + customer.ToString(CultureInfo.InvariantCulture));
        }

        if (uses.HasFlag(ReportFilters.Method) && Method is { } method)
        {
            parts.Add("method=" + method.ToString().ToLowerInvariant());
        }

        if (uses.HasFlag(ReportFilters.Category) && CategoryId is { } category)
        {
            parts.Add("category=" + category.ToString(CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);
    }

    /// <summary>The first day of the row <paramref name="day"/> falls in, at this granularity.</summary>
    public DateOnly BucketOf(DateOnly day) => Granularity switch
    {
        Granularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        Granularity.Month => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    /// <summary>The first day of every row over the range, the first one reaching back before the range if it must.</summary>
    public IEnumerable<DateOnly> Buckets()
    {
        for (var first = BucketOf(Period.From); first <= Period.To; first = Granularity switch
        {
            Granularity.Week => first.AddDays(7),
            Granularity.Month => first.AddMonths(1),
            _ => first.AddDays(1),
        })
        {
            yield return first;
        }
    }

    /// <summary>The same, short enough for a chart's axis: "3 Nov", "Nov 2026".</summary>
    public string ChartLabel(DateOnly first) =>
        first.ToString(Granularity == Granularity.Month ? "MMM yyyy" : "d MMM", CultureInfo.InvariantCulture);

    /// <summary>How a row's first day reads: "Tue 3 Nov 2026", "Week of 2 Nov 2026", "November 2026".</summary>
    public string BucketLabel(DateOnly first) => Granularity switch
    {
        Granularity.Week => "Week of " + first.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        Granularity.Month => first.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => first.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
    };
}
