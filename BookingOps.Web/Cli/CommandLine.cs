namespace BookingOps.Web.Cli;

/// <summary>
/// Maintenance commands run instead of the web server:
/// <c>demo-data --customers N</c> adds generated data; <c>perf [--customers N]</c> measures the hot queries;
/// <c>perf-receipts [--receipts N]</c> measures only how well receipt photos are read, without a dataset;
/// <c>perf-reports</c>, <c>perf-search</c> and <c>perf-live</c> measure the reports, the search box, or live pages, the bell, jobs and
/// calendar feeds on an existing dataset (<c>perf</c> makes one);
/// <c>forecast-backtest</c> measures each way of forecasting a booking's cost on the database's own completed bookings.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["demo-data"] = DemoDataCommand.RunAsync,
        ["perf"] = PerfCommand.RunAsync,
        ["perf-receipts"] = ReceiptPerf.RunAsync,
        ["perf-reports"] = async (services, _) => { await ReportPerf.RunAsync(services); return 0; },
        ["perf-search"] = async (services, _) => { await SearchPerf.RunAsync(services); return 0; },
        ["perf-live"] = async (services, _) => { await LivePerf.RunAsync(services); return 0; },
        ["forecast-backtest"] = ForecastBacktestCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        await using var scope = services.CreateAsyncScope();
        return await Commands[args[0]](scope.ServiceProvider, args[1..]);
    }

    /// <summary>Reads "--name value" as a positive whole number, or the default.</summary>
    public static int IntOption(string[] args, string name, int defaultValue)
    {
        var index = Array.IndexOf(args, "--" + name);
        if (index < 0)
        {
            return defaultValue;
        }

        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], out var value) || value < 0)
        {
            throw new ArgumentException($"--{name} takes a whole number of zero or more.");
        }

        return value;
    }

    /// <summary>Reads "--name value" as text, or null when the option is not given.</summary>
    public static string? TextOption(string[] args, string name)
    {
        var index = Array.IndexOf(args, "--" + name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[index + 1]
            : throw new ArgumentException($"--{name} takes a value.");
    }
}
