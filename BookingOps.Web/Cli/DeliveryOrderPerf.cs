using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;
using static BookingOps.Web.Cli.PerfCommand;

namespace BookingOps.Web.Cli;

/// <summary>The delivery order targets of issue 12: the office list, a driver's day, issuing, and a phone photo.</summary>
internal static class DeliveryOrderPerf
{
    public static async Task RunAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory, DemoDataGenerator generator, int wanted)
    {
        var existing = await CountAsync(dbFactory, db => db.DeliveryOrders.CountAsync());
        if (existing < wanted)
        {
            Console.WriteLine($"Generating {wanted - existing:N0} delivery orders over five years…");
            await generator.GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: existing + 19, PastMonths: 48, FutureMonths: 12, DeliveryOrders: wanted - existing));
        }

        int orders, photos, busiestDriver;
        string number, book, phone;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (orders, photos) = (await db.DeliveryOrders.CountAsync(), await db.DeliveryOrderPhotos.CountAsync());
            number = await db.DeliveryOrders.Where(o => o.Number != null).OrderBy(o => o.Id).Select(o => o.Number!).Skip(5_000).FirstAsync();
            book = await db.DeliveryOrders.Where(o => o.BookNumber != null).Select(o => o.BookNumber!).FirstOrDefaultAsync() ?? "0456";
            phone = await db.Customers.OrderBy(c => c.Id).Select(c => c.Phone).FirstAsync();
            busiestDriver = await db.DeliveryOrders.Where(o => o.DriverId != null).GroupBy(o => o.DriverId!.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        var driverUser = await DriverLoginAsync(services, dbFactory, busiestDriver);

        Console.WriteLine($"Delivery orders over {orders:N0} orders and {photos:N0} photo records:");
        var directory = services.GetRequiredService<DeliveryOrderDirectory>();
        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        var cases = new (string Name, DeliveryOrderListQuery Query)[]
        {
            ("order list, first page", new DeliveryOrderListQuery()),
            ("order list, status pending invoice", new DeliveryOrderListQuery(Status: DeliveryOrderStatus.PendingInvoice)),
            ("order list, one driver", new DeliveryOrderListQuery(DriverId: busiestDriver)),
            ("order list, area + last month", new DeliveryOrderListQuery(From: today.AddMonths(-1), To: today, Area: "Klang")),
            ($"order list, search {number}", new DeliveryOrderListQuery(Search: number)),
            ($"order list, search book page {book}", new DeliveryOrderListQuery(Search: book)),
            ($"order list, search phone {phone}", new DeliveryOrderListQuery(Search: phone)),
        };
        foreach (var (name, query) in cases)
        {
            await MeasureAsync(name, () => directory.ListAsync(query));
            if (query.Search is not null)
            {
                Print(await directory.ExplainListAsync(query));
            }
        }

        var rentals = services.GetRequiredService<RentalPeriods>();
        Console.WriteLine($"  ({(await rentals.OverdueAsync(today)).Count} bins overdue on site)");
        await MeasureAsync("bins overdue on site", () => rentals.OverdueAsync(today));
        await MeasureAsync("dashboard, all cards", () => services.GetRequiredService<BookingOps.Domain.Dashboard.DashboardQuery>().ComputeAsync());

        var driver = ActingAs(services, new Actor(driverUser, "Perf driver"));
        var mine = await driver.MyOrdersAsync();
        Console.WriteLine($"  (the driver's list holds {mine.Count} orders)");
        await MeasureAsync("driver's today page (list)", () => driver.MyOrdersAsync());
        await MeasureAsync("driver's order page (one order)", () => driver.MyOrderAsync(mine[0].Id));

        var drafts = await DraftsAsync(services, dbFactory, Runs + 1);
        var issuing = services.GetRequiredService<DeliveryOrderService>();
        var next = 0;
        await MeasureAsync("issue an order (transaction included)", async () =>
        {
            await issuing.IssueAsync(drafts[next++], 0);
            return next;
        });

        var camera = CameraPhoto(4000, 3000);
        var processed = FieldPhotos.Process(camera);
        Console.WriteLine($"  a 4000×3000 camera JPEG of {camera.Length / 1024:N0} KB is stored as {processed.Width}×{processed.Height}, {processed.Jpeg.Length / 1024:N0} KB");
        await MeasureAsync("photo 4000×3000: check, turn, scale, encode", () => Task.FromResult(FieldPhotos.Process(camera)), runs: 20);
    }

    /// <summary>The driver's pages act for a signed-in driver: the busiest one gets a login (once).</summary>
    private static async Task<string> DriverLoginAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory, int crewId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        if (await db.CrewMembers.Where(c => c.Id == crewId).Select(c => c.UserId).SingleAsync() is { } existing)
        {
            return existing;
        }

        await using var scope = services.CreateAsyncScope();
        var userId = await scope.ServiceProvider.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput
        {
            DisplayName = "Perf driver",
            Email = $"perf-driver-{crewId}@example.test",
            Role = Roles.Crew,
            Password = $"perf driver {Guid.NewGuid():N}",
        });
        await db.CrewMembers.Where(c => c.Id == crewId).ExecuteUpdateAsync(u => u.SetProperty(c => c.UserId, userId));
        return userId;
    }

    private static async Task<int> CountAsync(IDbContextFactory<BookingOpsDbContext> dbFactory, Func<BookingOpsDbContext, Task<int>> count)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return await count(db);
    }

    /// <summary>FieldWork as a given signed-in user would get it.</summary>
    private static FieldWork ActingAs(IServiceProvider services, Actor actor) => ActivatorUtilities.CreateInstance<FieldWork>(services, new FixedActor(actor));


    private static async Task<List<int>> DraftsAsync(IServiceProvider services, IDbContextFactory<BookingOpsDbContext> dbFactory, int count)
    {
        int customer;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            customer = await db.Customers.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        }

        var orders = services.GetRequiredService<DeliveryOrderService>();
        var today = await services.GetRequiredService<BusinessCalendar>().TodayAsync();
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await orders.CreateAsync(new DeliveryOrderInput
            {
                CustomerId = customer,
                ScheduledOn = today.AddDays(30),
                SiteAddress = "Perf site",
                Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
            }));
        }

        return ids;
    }

    /// <summary>A photo with the detail of a real one (noise over a gradient), so the JPEG is as large as a phone's.</summary>
    private static byte[] CameraPhoto(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        var random = new Random(42);
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var shade = (byte)(x * 200 / width + random.Next(0, 55));
                pixels[(y * width) + x] = 0xFF000000u | ((uint)shade << 16) | ((uint)(255 - shade) << 8) | (uint)random.Next(0, 256);
            }
        }

        var handle = System.Runtime.InteropServices.GCHandle.Alloc(pixels, System.Runtime.InteropServices.GCHandleType.Pinned);
        try
        {
            bitmap.InstallPixels(new SKImageInfo(width, height, SKColorType.Bgra8888, SKAlphaType.Opaque), handle.AddrOfPinnedObject());
            using var image = SKImage.FromBitmap(bitmap);
            using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 92);
            return jpeg.ToArray();
        }
        finally
        {
            handle.Free();
        }
    }
}
