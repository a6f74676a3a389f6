using System.Globalization;
using BookingOps.Domain.Settings;

namespace BookingOps.Domain.Reports;

/// <summary>The ranges every report offers; Custom is whatever dates the user typed.</summary>
public enum ReportPreset
{
    ThisMonth = 1,
    LastMonth = 2,
    ThisQuarter = 3,
    ThisYear = 4,
    Custom = 5,
}

/// <summary>
/// A report's range of business days, both ends included. It travels in the page's address as
/// <c>from=2026-11-01&amp;to=2026-11-30</c>, so a copied link opens the same report for someone else.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Long enough for five years of monthly figures side by side; longer ranges are refused.</summary>
    public const int MaxDays = 5 * 366;

    public static ReportPeriod For(ReportPreset preset, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        return preset switch
        {
            ReportPreset.LastMonth => new(month.AddMonths(-1), month.AddDays(-1)),
            ReportPreset.ThisQuarter => new(quarter, quarter.AddMonths(3).AddDays(-1)),
            ReportPreset.ThisYear => new(new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            _ => new(month, month.AddMonths(1).AddDays(-1)),
        };
    }

    /// <summary>The range in an address, or this month when it is missing, unreadable, reversed or too long.</summary>
    public static ReportPeriod Parse(string? from, string? to, DateOnly today)
    {
        var fallback = For(ReportPreset.ThisMonth, today);
        return DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            && start <= end && end.DayNumber - start.DayNumber < MaxDays
                ? new ReportPeriod(start, end)
                : fallback;
    }

    /// <summary>Which preset this range is on <paramref name="today"/>, or Custom.</summary>
    public ReportPreset PresetOn(DateOnly today) =>
        Enum.GetValues<ReportPreset>().Where(p => p != ReportPreset.Custom).FirstOrDefault(p => For(p, today) == this, ReportPreset.Custom);

    public string FromText => From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string ToText => To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How the range reads in headings and file names: "November 2026", "1 Jan – 31 Mar 2026".</summary>
    public string Describe()
    {
        var wholeMonth = From.Day == 1 && To == From.AddMonths(1).AddDays(-1);
        if (wholeMonth)
        {
            return From.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }

        return From.Year == To.Year
            ? $"{From.ToString("d MMM", CultureInfo.InvariantCulture)} – {To.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}"
            : $"{From.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} – {To.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}";
    }

    /// <summary>The range as a file name part: "2026-11" for a whole month, else "2026-01-01-to-2026-03-31".</summary>
    public string FileNamePart() =>
        From.Day == 1 && To == From.AddMonths(1).AddDays(-1)
            ? From.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : $"{FromText}-to-{ToText}";

    /// <summary>
    /// The range as instants: from the business's midnight opening its first day to the one closing its last, so
    /// something at 23:30 local on the last day is in and at 00:10 the next day is out. Compare <c>&gt;= From &amp;&amp; &lt; Until</c>.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset Until) Instants(TimeZoneInfo zone) =>
        (BusinessCalendar.ToUtc(From.ToDateTime(TimeOnly.MinValue), zone), BusinessCalendar.ToUtc(To.AddDays(1).ToDateTime(TimeOnly.MinValue), zone));

    /// <summary>The calendar months the range touches, each clipped to the range.</summary>
    public IEnumerable<ReportPeriod> Months()
    {
        for (var start = From; start <= To; start = new DateOnly(start.Year, start.Month, 1).AddMonths(1))
        {
            var end = new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1);
            yield return new ReportPeriod(start, end < To ? end : To);
        }
    }
}
