using System.Globalization;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.DemoData;

/// <summary>
/// Document numbers for generated records, continuing the real series (BKG-2026, INV-2026…) and written
/// back at the end, so numbers taken later by the app never collide with demo ones.
/// </summary>
internal sealed class DemoNumbers
{
    private readonly Dictionary<string, int> last = [];

    public static async Task<DemoNumbers> LoadAsync(BookingOpsDbContext db, CancellationToken cancellationToken)
    {
        var numbers = new DemoNumbers();
        foreach (var series in await db.NumberSeries.AsNoTracking().ToListAsync(cancellationToken))
        {
            numbers.last[series.Key] = series.LastNumber;
        }

        return numbers;
    }

    public string Next(string prefix, int year)
    {
        var key = $"{prefix}-{year.ToString(CultureInfo.InvariantCulture)}";
        var next = last.GetValueOrDefault(key) + 1;
        last[key] = next;
        return $"{key}-{next.ToString("D5", CultureInfo.InvariantCulture)}";
    }

    public async Task SaveAsync(BookingOpsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (key, lastNumber) in last)
        {
            var series = await db.NumberSeries.FindAsync([key], cancellationToken);
            if (series is null)
            {
                db.NumberSeries.Add(new NumberSeries { Key = key, LastNumber = lastNumber });
            }
            else
            {
                series.LastNumber = lastNumber;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
