using System.Diagnostics;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Dashboard;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Live;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using BookingOps.Web.Components.Calendar;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Web.Cli;

/// <summary>
/// Measures the hot queries over a large generated dataset and prints their timings and query plans.
/// Point it at a scratch data folder: BookingOps__DataDirectory=/tmp/bookingops-perf.
/// </summary>
public static class PerfCommand
{
    internal const int Runs = 200;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var wantedCustomers = CommandLine.IntOption(args, "customers", 100_000);
        var wantedBookings = CommandLine.IntOption(args, "bookings", 50_000);
        var dbFactory = services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        var customers = await CountAsync(dbFactory, db => db.Customers.CountAsync());
        var bookings = await CountAsync(dbFactory, db => db.Bookings.CountAsync());
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            // Documents print the business header, which first-run setup would have saved.
            if (!await db.BusinessProfiles.AnyAsync())
            {
                db.BusinessProfiles.Add(new BusinessProfile { Name = "Perf Events Sdn Bhd", TaxRatePercent = 6m, SetupCompletedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() });
                await db.SaveChangesAsync();
            }
        }

        var generator = services.GetRequiredService<DemoDataGenerator>();
        if (customers < wantedCustomers)
        {
            Console.WriteLine($"Generating {wantedCustomers - customers:N0} customers…");
            await generator.GenerateAsync(new DemoDataOptions(wantedCustomers - customers, Audited: false, Seed: customers + 1));
        }

        if (bookings < wantedBookings)
        {
            Console.WriteLine($"Generating {wantedBookings - bookings:N0} bookings over five years…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: bookings + 7, Bookings: wantedBookings - bookings, PastMonths: 48, FutureMonths: 12));
        }

        var wantedCrew = CommandLine.IntOption(args, "crew", 300);
        var crew = await CountAsync(dbFactory, db => db.CrewMembers.CountAsync());
        if (crew < wantedCrew)
        {
            Console.WriteLine($"Generating {wantedCrew - crew:N0} crew and their assignments…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: crew + 11, Crew: wantedCrew - crew, Payouts: true));
        }

        var wantedAssets = CommandLine.IntOption(args, "assets", 2_000);
        var assets = await CountAsync(dbFactory, db => db.Assets.CountAsync());
        if (assets < wantedAssets)
        {
            Console.WriteLine($"Generating {wantedAssets - assets:N0} assets and their assignments…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: assets + 13, Assets: wantedAssets - assets));
        }

        if (await CountAsync(dbFactory, db => db.Invoices.CountAsync()) == 0)
        {
            Console.WriteLine("Generating invoices, payments and refunds for the bookings…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: 17, Billing: true));
        }

        await CustomerListAsync(services.GetRequiredService<CustomerDirectory>(), Math.Max(customers, wantedCustomers));
        await BookingsAsync(services, Math.Max(bookings, wantedBookings));
        await CrewAsync(services, dbFactory);
        await AssetsAsync(services, dbFactory);
        await BillingAsync(services, dbFactory);
        await DeliveryOrderPerf.RunAsync(services, dbFactory, generator, CommandLine.IntOption(args, "orders", 100_000));
        await PayoutPerf.RunAsync(services, dbFactory, generator, args);
        await BudgetPerf.RunAsync(services, dbFactory, generator);
        await ReportPerf.RunAsync(services);
        await SearchPerf.RunAsync(services);
        await ImportPerf.RunAsync(services, dbFactory);
        await ReceiptPerf.RunAsync(services, args);
        return 0;
    }

    /// <summary>How many rows the scratch database already has, to generate only what is missing.</summary>
    private static async Task<int> CountAsync(IDbContextFactory<BookingOpsDbContext> dbFactory, Func<BookingOpsDbContext, Task<int>> count)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await count(db);
    }

    private static async Task CustomerListAsync(CustomerDirectory directory, int count)
    {
        Console.WriteLine($"Customer list over {count:N0} customers (query + count, first page of 20):");
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
            await MeasureAsync(name, () => directory.ListAsync(query));
            Print(await directory.ExplainListAsync(query));
        }
    }

    private static async Task BookingsAsync(IServiceProvider services, int count)
    {
        var directory = services.GetRequiredService<BookingDirectory>();
        var dashboard = services.GetRequiredService<DashboardQuery>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        Console.WriteLine($"Bookings over {count:N0} bookings in five years:");

        await CalendarAsync(services);
        await MeasureAsync("list, first page, status filter", () => directory.ListAsync(new BookingListQuery(Status: BookingStatus.Confirmed)));
        await MeasureAsync("list, status + area + month", () => directory.ListAsync(new BookingListQuery(BookingStatus.Completed, monthStart.AddMonths(-2), monthStart.AddMonths(-1), Area: "Klang")));
        await MeasureAsync("list, search customer 'tan'", () => directory.ListAsync(new BookingListQuery(Search: "tan")));
        await MeasureAsync("list, search number prefix", () => directory.ListAsync(new BookingListQuery(Search: $"BKG-{now.Year}-0001")));
        await MeasureAsync("dashboard, all cards", () => dashboard.ComputeAsync());

        await LivePerf.RefreshAsync(services);
    }

    /// <summary>The calendar's read, beside the same rows read with hand-written SQL over the same file.</summary>
    private static async Task CalendarAsync(IServiceProvider services)
    {
        var query = services.GetRequiredService<CalendarQuery>();
        var calendar = services.GetRequiredService<BusinessCalendar>();
        var dbFactory = services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>();
        var zone = await calendar.ZoneAsync();
        var today = await calendar.TodayAsync();
        foreach (var period in new[] { new CalendarPeriod(CalendarView.Month, today), new CalendarPeriod(CalendarView.Week, today) })
        {
            var view = period.View.ToString().ToLowerInvariant();
            var count = (await query.EntriesAsync(period.First, period.End)).Count;
            await MeasureAsync($"calendar, {view} view ({count:N0} entries)", () => query.EntriesAsync(period.First, period.End));
            await MeasureAsync($"calendar, {view} view, hand-written SQL", () => HandWrittenCalendarAsync(dbFactory, zone, period));
        }

        var month = new CalendarPeriod(CalendarView.Month, today);
        Print(await query.ExplainAsync(month.First, month.End));
    }

    /// <summary>What a person would write by hand for the calendar: one command, a data reader, the same entries.</summary>
    private static async Task<List<CalendarEntry>> HandWrittenCalendarAsync(IDbContextFactory<BookingOpsDbContext> dbFactory, TimeZoneInfo zone, CalendarPeriod period)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT b.Id, b.Number, c.Name, b.Status, b.StartsAt, b.EndsAt, b.Version
            FROM Bookings b JOIN Customers c ON c.Id = b.CustomerId
            WHERE b.StartsAt > $earliest AND b.EndsAt > $from AND b.StartsAt < $to AND b.Status <> $cancelled
            ORDER BY b.StartsAt
            """;
        var from = BusinessCalendar.ToUtc(period.First.ToDateTime(TimeOnly.MinValue), zone);
        var to = BusinessCalendar.ToUtc(period.End.ToDateTime(TimeOnly.MinValue), zone);
        AddParameter(command, "$earliest", (from - BookingInput.LongestJob).UtcTicks);
        AddParameter(command, "$from", from.UtcTicks);
        AddParameter(command, "$to", to.UtcTicks);
        AddParameter(command, "$cancelled", (int)BookingStatus.Cancelled);
        var entries = new List<CalendarEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(new CalendarEntry(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), (BookingStatus)reader.GetInt32(3),
                Local(reader.GetInt64(4)), Local(reader.GetInt64(5)), reader.GetInt64(6)));
        }

        return entries;

        DateTime Local(long ticks) => TimeZoneInfo.ConvertTime(new DateTimeOffset(ticks, TimeSpan.Zero), zone).DateTime;
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task CrewAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory)
    {
        List<(int Booking, int Crew, string Role)> samples;
        int assignments;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            assignments = await db.CrewAssignments.CountAsync();
            samples = await db.CrewAssignments.OrderBy(a => a.Id).Where(a => a.Id % 500 == 0)
                .Select(a => new { a.BookingId, a.CrewMemberId, a.Role }).Take(Runs)
                .Select(a => ValueTuple.Create(a.BookingId, a.CrewMemberId, a.Role)).ToListAsync();
        }

        Console.WriteLine($"Crew over {assignments:N0} assignments:");
        var assignmentService = services.GetRequiredService<CrewAssignmentService>();
        var directory = services.GetRequiredService<CrewDirectory>();
        var boards = services.GetRequiredService<BoardQuery>();
        var monday = await ThisMondayAsync(services);
        var next = 0;
        (int Booking, int Crew, string Role) Sample() => samples[next++ % samples.Count];
        await MeasureAsync("conflict check, one person and booking", () =>
        {
            var (booking, crew, role) = Sample();
            return assignmentService.PreviewAsync(booking, crew, role);
        });
        await MeasureAsync("assignment board, two weeks, all crew", () => boards.GetAsync(monday, 14));
        await MeasureAsync("availability finder, one booking and role", () =>
        {
            var (booking, _, role) = Sample();
            return directory.AvailableAsync(booking, role, TimeSpan.FromMinutes(30));
        });
    }

    private static async Task AssetsAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory)
    {
        List<(int Booking, int Asset)> samples;
        List<(int Booking, string Type, string? Size)> requirements;
        int assets, assignments, crewAssignments;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (assets, assignments, crewAssignments) = (await db.Assets.CountAsync(), await db.AssetAssignments.CountAsync(), await db.CrewAssignments.CountAsync());
            samples = await db.AssetAssignments.OrderBy(a => a.Id).Where(a => a.Id % 97 == 0)
                .Select(a => ValueTuple.Create(a.BookingId, a.AssetId)).Take(Runs).ToListAsync();
            var sampleBookings = samples.Select(s => s.Item1).ToList();
            requirements = (await db.Bookings.AsNoTracking().Where(b => sampleBookings.Contains(b.Id)).ToListAsync())
                .SelectMany(b => b.AssetRequirements.Select(r => (b.Id, r.AssetType, r.Size)))
                .ToList();
        }

        Console.WriteLine($"Assets: {assets:N0} assets, {assignments:N0} asset and {crewAssignments:N0} crew assignments:");
        var assignmentService = services.GetRequiredService<AssetAssignmentService>();
        var finder = services.GetRequiredService<AssetFinder>();
        var boards = services.GetRequiredService<BoardQuery>();
        var monday = await ThisMondayAsync(services);
        var (nextSample, nextRequirement) = (0, 0);
        await MeasureAsync("conflict check, one asset and booking", () =>
        {
            var (booking, asset) = samples[nextSample++ % samples.Count];
            return assignmentService.PreviewAsync(booking, asset);
        });
        await MeasureAsync("asset finder, one booking's requirement", () =>
        {
            var (booking, type, size) = requirements[nextRequirement++ % requirements.Count];
            return finder.AvailableAsync(booking, type, size);
        });
        await MeasureAsync("equipment board, two weeks, all assets", () => boards.GetAssetsAsync(monday, 14));
    }

    private static async Task BillingAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory)
    {
        List<int> oneLine, open;
        int invoices, payments;
        string phone;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (invoices, payments) = (await db.Invoices.CountAsync(), await db.Payments.CountAsync());
            oneLine = await db.Invoices.Where(i => i.Kind == InvoiceKind.Deposit && i.Id % 50 == 0).OrderBy(i => i.Id).Select(i => i.Id).Take(Runs).ToListAsync();
            open = await db.Invoices.Owing().OrderBy(i => i.Id).Select(i => i.Id).Take(Runs + 1).ToListAsync();
            phone = await db.Customers.OrderBy(c => c.Id).Select(c => c.Phone).FirstAsync();
        }

        Console.WriteLine($"Billing over {invoices:N0} invoices and {payments:N0} payments:");
        var directory = services.GetRequiredService<InvoiceDirectory>();
        var documents = services.GetRequiredService<BillingDocuments>();
        await MeasureAsync("invoice list, first page", () => directory.ListAsync(new InvoiceListQuery()));
        await MeasureAsync("invoice list, status issued", () => directory.ListAsync(new InvoiceListQuery(Status: InvoiceStatus.Issued)));
        await MeasureAsync("invoice list, overdue", () => directory.ListAsync(new InvoiceListQuery(OverdueOnly: true)));
        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        var printedAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var byNumber = new InvoiceListQuery(Search: $"INV-{today.Year}-0001");
        await MeasureAsync("invoice list, search number prefix", () => directory.ListAsync(byNumber));
        Print(await directory.ExplainListAsync(byNumber));
        var byPhone = new InvoiceListQuery(Search: phone);
        await MeasureAsync($"invoice list, search phone {phone}", () => directory.ListAsync(byPhone));
        Print(await directory.ExplainListAsync(byPhone));
        await MeasureAsync("payments list, one method, a month", () => directory.PaymentsAsync(new PaymentListQuery(PaymentMethod.Cash, today.AddMonths(-1), today)));

        var next = 0;
        await MeasureAsync("invoice PDF, 1 line (read + render)", async () =>
            BillingPdf.Invoice((await documents.InvoiceAsync(oneLine[next++ % oneLine.Count]))!, PaperFormat.A4, printedAt));
        var sixty = await SixtyLineInvoiceAsync(services, dbFactory);
        await MeasureAsync("invoice PDF, 60 lines (read + render)", async () =>
            BillingPdf.Invoice((await documents.InvoiceAsync(sixty))!, PaperFormat.A4, printedAt));

        var recorder = services.GetRequiredService<PaymentService>();
        var paying = 0;
        await MeasureAsync("record a payment (transaction included)", () => recorder.RecordAsync(new PaymentInput
        {
            InvoiceId = open[paying++ % open.Count],
            Amount = 0.01m,
            ReceivedOn = today,
            Method = PaymentMethod.Cash,
        }));
    }

    private static async Task<int> SixtyLineInvoiceAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory)
    {
        int customer;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            customer = await db.Customers.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        var invoices = services.GetRequiredService<InvoiceService>();
        var id = await invoices.CreateAsync(new InvoiceInput
        {
            CustomerId = customer,
            Lines = Enumerable.Range(1, 60)
                .Select(i => new PriceLineInput { Description = $"Bin rental week {i}, 4×12×6 ft roll-off, Klang Valley", Quantity = 1, UnitPrice = 100m + i, TaxRatePercent = 6m })
                .ToList(),
        });
        await invoices.IssueAsync(id, 0);
        return id;
    }

    private static async Task<DateOnly> ThisMondayAsync(IServiceProvider services) =>
        BusinessCalendar.WeekStart(await services.GetRequiredService<BusinessCalendar>().TodayAsync());

    internal static async Task MeasureAsync<T>(string name, Func<Task<T>> query, int runs = Runs)
    {
        await query();
        var timings = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await query();
            timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(timings);
        Console.WriteLine($"  {name,-40} p50 {timings[runs / 2],7:N2} ms   p95 {timings[runs * 95 / 100],7:N2} ms   max {timings[^1],7:N2} ms");
    }

    internal static void Print(IEnumerable<string> plan)
    {
        foreach (var line in plan)
        {
            Console.WriteLine($"      {line}");
        }
    }
}
