using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Domain.Reports;

/// <summary>Every table report, found by its address name within its audience; what the menu lists.</summary>
public sealed class ReportCatalog(IEnumerable<ITableReport> reports)
{
    public IReadOnlyList<ITableReport> All { get; } = [.. reports];

    public ITableReport? Find(ReportAudience audience, string name) =>
        All.FirstOrDefault(r => r.Info.Audience == audience && string.Equals(r.Info.Name, name, StringComparison.OrdinalIgnoreCase));
}

public static class ReportCatalogRegistration
{
    /// <summary>Registers a report as itself (for its tests and callers) and in the catalog.</summary>
    public static IServiceCollection AddTableReport<TReport>(this IServiceCollection services)
        where TReport : class, ITableReport
    {
        services.AddScoped<TReport>();
        return services.AddScoped<ITableReport>(provider => provider.GetRequiredService<TReport>());
    }
}
