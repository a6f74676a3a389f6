using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Search;
using Microsoft.EntityFrameworkCore;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>
/// The search box over the five-year dataset (target: p95 under 50 ms), as the office types what callers
/// say: a phone in either form, the start of an invoice number, a receipt number, a fragment of a name, a
/// plate; and as the busiest driver looks for their own work.
/// </summary>
internal static class SearchPerf
{
    public static async Task RunAsync(IServiceProvider services)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        List<string> phones;
        string invoice, receipt, plate;
        string? driverLogin;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            // A caller says their number as they like: "+60 13-949 1911" or "013-949 1911".
            phones = (await db.Customers.Where(c => c.Id % 997 == 0).OrderBy(c => c.Id).Select(c => c.Phone).Take(Runs).ToListAsync())
                .Select((phone, i) => i % 2 == 0 ? phone : "0" + PhoneNumber.Digits(phone)[2..])
                .ToList();
            invoice = await db.Invoices.Where(i => i.Number != null).OrderByDescending(i => i.Id).Select(i => i.Number!).Skip(500).FirstAsync();
            receipt = await db.Payments.OrderByDescending(p => p.Id).Select(p => p.ReceiptNumber).Skip(1_000).FirstAsync();
            plate = await db.Assets.OrderBy(a => a.Id).Select(a => a.Code).FirstAsync();
            var busiest = await db.DeliveryOrders.Where(o => o.DriverId != null).GroupBy(o => o.DriverId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
            driverLogin = await db.CrewMembers.Where(c => c.Id == busiest).Select(c => c.UserId).FirstOrDefaultAsync();
        }

        var office = ActivatorUtilities.CreateInstance<SearchService>(services, new FixedActor(new Actor(null, "Perf staff", IsStaff: true)));
        var next = 0;
        var cases = new List<(string Name, Func<Task<IReadOnlyList<SearchGroup>>> Search)>
        {
            ("a customer's whole phone", () => office.SearchAsync(phones[next++ % phones.Count])),
            ("part of a phone, '012-3'", () => office.SearchAsync("012-3")),
            ($"invoice number start '{invoice[..^2]}'", () => office.SearchAsync(invoice[..^2].ToLowerInvariant())),
            ($"receipt number '{receipt}'", () => office.SearchAsync(receipt)),
            ("name fragment 'tan'", () => office.SearchAsync("tan")),
            ("name words 'sdn bhd'", () => office.SearchAsync("sdn bhd")),
            ("two letters 'ab'", () => office.SearchAsync("ab")),
            ($"plate '{plate[..^2]}'", () => office.SearchAsync(plate[..^2])),
            ("nothing matches 'zzqx'", () => office.SearchAsync("zzqx")),
        };
        if (driverLogin is not null)
        {
            var driver = ActivatorUtilities.CreateInstance<SearchService>(services, new FixedActor(new Actor(driverLogin, "Perf driver")));
            cases.Add(("the busiest driver: a customer's phone", () => driver.SearchAsync(phones[next++ % phones.Count])));
            cases.Add(("the busiest driver: 'do-20'", () => driver.SearchAsync("do-20")));
        }

        // As a server that has been up a while runs it: every path compiled (JIT and EF) before the clock starts.
        for (var round = 0; round < 50; round++)
        {
            foreach (var (_, search) in cases)
            {
                await search();
            }
        }

        Console.WriteLine("Search box (all kinds, 5 hits each)");
        foreach (var (name, search) in cases)
        {
            await MeasureAsync(name, search);
        }

        // Where each read starts: an index (SEARCH … USING), the full-text index, or a subquery's few rows (SCAN of a CO-ROUTINE).
        Console.WriteLine($"  plan of the search for {phones[0]}:");
        Print((await office.ExplainAsync(phones[0])).Where(line => line.Contains("USING", StringComparison.Ordinal) || line.Contains("VIRTUAL", StringComparison.Ordinal)));
    }
}
