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
        var years = CommandLine.IntOption(args, "years", 0);
        var options = showcase with
        {
            Customers = customers,
            Bookings = bookings,
            Inquiries = inquiries,
            Crew = crew,
            Audited = customers + bookings <= showcase.Customers + showcase.Bookings,
            PastMonths = years > 0 ? (years * 12) - 12 : showcase.PastMonths,
            FutureMonths = years > 0 ? 12 : showcase.FutureMonths,
        };
        var started = TimeProvider.System.GetTimestamp();
        await services.GetRequiredService<DemoDataGenerator>().GenerateAsync(options);
        Console.WriteLine($"Added {customers:N0} customers, {bookings:N0} bookings, {inquiries:N0} inquiries and {crew:N0} crew in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:N1} s.");
        return 0;
    }
}
