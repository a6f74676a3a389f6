using System.Diagnostics;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Web.Cli;

/// <summary>
/// Measures the hot queries over a large generated dataset and prints their timings and query plans.
/// Point it at a scratch data folder: BookingOps__DataDirectory=/tmp/bookingops-perf.
/// </summary>
public static class PerfCommand
{
    private const int Runs = 200;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var wanted = CommandLine.IntOption(args, "customers", 100_000);
        var dbFactory = services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        int existing;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            existing = await db.Customers.CountAsync();
        }

        if (existing < wanted)
        {
            Console.WriteLine($"Generating {wanted - existing:N0} customers…");
            await services.GetRequiredService<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(wanted - existing, Audited: false, Seed: existing + 1));
        }

        var directory = services.GetRequiredService<CustomerDirectory>();
        Console.WriteLine($"Customer list over {Math.Max(existing, wanted):N0} customers, {Runs} runs each (query + count, first page of 20):");
        var cases = new (string Name, CustomerListQuery Query)[]
        {
            ("no search, by name", new CustomerListQuery(null, false, new PageRequest())),
            ("search 'tan', by name", new CustomerListQuery("tan", false, new PageRequest())),
            ("search 'sdn bhd', by name", new CustomerListQuery("sdn bhd", false, new PageRequest())),
            ("search phone '+60 12-34', by name", new CustomerListQuery("+60 12-34", false, new PageRequest())),
            ("search 'lee' by email desc", new CustomerListQuery("lee", true, new PageRequest(SortBy: CustomerListQuery.SortColumns.Email, Descending: true))),
            ("no search, page 2000, by created", new CustomerListQuery(null, false, new PageRequest(Skip: 40_000, SortBy: CustomerListQuery.SortColumns.CreatedAt))),
        };

        foreach (var (name, query) in cases)
        {
            await directory.ListAsync(query);
            var timings = new double[Runs];
            for (var i = 0; i < Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await directory.ListAsync(query);
                timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Array.Sort(timings);
            Console.WriteLine($"  {name,-36} p50 {timings[Runs / 2],7:N2} ms   p95 {timings[Runs * 95 / 100],7:N2} ms   max {timings[^1],7:N2} ms");
            foreach (var line in await directory.ExplainListAsync(query))
            {
                Console.WriteLine($"      {line}");
            }
        }

        return 0;
    }
}
