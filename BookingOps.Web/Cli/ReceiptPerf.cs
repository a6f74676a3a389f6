using System.Diagnostics;
using System.Globalization;
using BookingOps.Domain.Expenses;

namespace BookingOps.Web.Cli;

/// <summary>
/// How well receipt photos are read: generated receipts (a fixed seed, so runs compare) through the app's
/// <see cref="ReceiptReader"/>, with how often total, date and vendor come out right and how long a photo takes.
/// Needs no database: <c>perf-receipts [--receipts N] [--seed N] [--out DIR]</c> runs it alone, and <c>perf</c> runs
/// it last. <c>--seed</c> draws other receipts, to check that what was tuned on one set holds on another;
/// <c>--out</c> keeps each misread photo beside what OCR saw, to look at.
/// </summary>
internal static class ReceiptPerf
{
    private const int DefaultSeed = 20261121;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var count = CommandLine.IntOption(args, "receipts", 100);
        var seed = CommandLine.IntOption(args, "seed", DefaultSeed);
        var keep = CommandLine.TextOption(args, "out");
        var reader = services.GetRequiredService<ReceiptReader>();
        if (!reader.IsAvailable)
        {
            Console.WriteLine("Receipt photos: not measured, tesseract is not installed (apt-get install tesseract-ocr).");
            return 1;
        }

        Console.WriteLine($"Receipt photos read by OCR ({count:N0} generated, seed {seed}):");
        var (totals, dates, vendors, both) = (0, 0, 0, 0);
        var timings = new List<double>();
        var number = 0;
        foreach (var sample in ReceiptSamples.Generate(seed, count))
        {
            number++;
            var started = Stopwatch.GetTimestamp();
            using var photo = new MemoryStream(sample.Photo);
            var scan = await reader.ReadAsync(photo, CancellationToken.None);
            timings.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var totalRight = scan?.Total == sample.Total;
            var dateRight = scan?.Date == sample.Date;
            var vendorRight = Comparable(scan?.Vendor) == Comparable(sample.Vendor);
            (totals, dates, vendors, both) = (totals + (totalRight ? 1 : 0), dates + (dateRight ? 1 : 0), vendors + (vendorRight ? 1 : 0), both + (totalRight && dateRight ? 1 : 0));
            if (keep is not null && !(totalRight && dateRight && vendorRight))
            {
                Directory.CreateDirectory(keep);
                var name = Path.Combine(keep, number.ToString("D4", CultureInfo.InvariantCulture));
                await File.WriteAllBytesAsync(name + ".jpg", sample.Photo);
                await File.WriteAllTextAsync(name + ".txt",
                    $"expected: {sample.Total} | {sample.Date:yyyy-MM-dd} | {sample.Vendor}\nread:     {scan?.Total} | {scan?.Date:yyyy-MM-dd} | {scan?.Vendor}\n\n{scan?.Text}");
            }
        }

        timings.Sort();
        Console.WriteLine($"  {"total right",-40} {Percent(totals, count),5}");
        Console.WriteLine($"  {"date right",-40} {Percent(dates, count),5}");
        Console.WriteLine($"  {"vendor right",-40} {Percent(vendors, count),5}");
        Console.WriteLine($"  {"total and date right",-40} {Percent(both, count),5}");
        if (count > 0)
        {
            Console.WriteLine($"  {"one photo, read and parsed",-40} p50 {timings[count / 2],7:N0} ms   p95 {timings[count * 95 / 100],7:N0} ms   max {timings[^1],7:N0} ms");
        }

        return 0;
    }

    /// <summary>A vendor's name as a person compares it: case and spacing aside.</summary>
    private static string Comparable(string? vendor) => string.Concat((vendor ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string Percent(int right, int count) => count == 0 ? "–" : $"{100.0 * right / count:0} %";
}
