using BookingOps.Domain.DemoData;

namespace BookingOps.Web.Cli;

public static class DemoDataCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var showcase = DemoDataOptions.Showcase;
        var customers = CommandLine.IntOption(args, "customers", showcase.Customers);
        var bookings = CommandLine.IntOption(args, "bookings", showcase.Bookings);
        var inquiries = CommandLine.IntOption(args, "inquiries", showcase.Inquiries);
        var crew = CommandLine.IntOption(args, "crew", showcase.Crew);
        var assets = CommandLine.IntOption(args, "assets", showcase.Assets);
        var years = CommandLine.IntOption(args, "years", 0);
        var options = showcase with
        {
            Customers = customers,
            Bookings = bookings,
            Inquiries = inquiries,
            Crew = crew,
            Assets = assets,
            Audited = customers + bookings <= showcase.Customers + showcase.Bookings,
            PastMonths = years > 0 ? (years * 12) - 12 : showcase.PastMonths,
            FutureMonths = years > 0 ? 12 : showcase.FutureMonths,
        };
        var started = TimeProvider.System.GetTimestamp();
        await services.GetRequiredService<DemoDataGenerator>().GenerateAsync(options);
        Console.WriteLine($"Added {customers:N0} customers, {bookings:N0} bookings, {inquiries:N0} inquiries, {crew:N0} crew and {assets:N0} assets in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:N1} s.");
        return 0;
    }
}
