using BookingOps.Domain.DemoData;

namespace BookingOps.Web.Cli;

public static class DemoDataCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var customers = CommandLine.IntOption(args, "customers", DemoDataOptions.Showcase.Customers);
        var options = new DemoDataOptions(customers, Audited: customers <= DemoDataOptions.Showcase.Customers);
        var started = TimeProvider.System.GetTimestamp();
        await services.GetRequiredService<DemoDataGenerator>().GenerateAsync(options);
        Console.WriteLine($"Added {customers:N0} customers in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:N1} s.");
        return 0;
    }
}
