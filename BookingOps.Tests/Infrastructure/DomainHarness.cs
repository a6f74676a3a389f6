using BookingOps.Domain;
using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BookingOps.Tests.Infrastructure;

/// <summary>
/// The domain as the app composes it, on a real SQLite file migrated to the current schema (not the
/// in-memory provider, whose transactions and constraints differ).
/// </summary>
public sealed class DomainHarness : IAsyncDisposable
{
    private readonly TempDirectory directory = new();
    private readonly ServiceProvider provider;

    private DomainHarness()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<ICurrentActor>(Actor);
        services.AddBookingOpsDomain(ConnectionString, FilesDirectory);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Stands still at <see cref="TestTime.Now"/> until the test moves it.</summary>
    public FakeTimeProvider Clock { get; } = TestTime.Frozen();

    /// <summary>The business's date on <see cref="Clock"/>.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Clock.GetUtcNow(), TestTime.Zone).DateTime);

    public TestActor Actor { get; } = new();

    public string FilesDirectory => Path.Combine(directory.Path, "files");

    public string ConnectionString => $"Data Source={Path.Combine(directory.Path, "test.db")};Foreign Keys=True";

    public static async Task<DomainHarness> CreateAsync()
    {
        var harness = new DomainHarness();
        await using var scope = harness.provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BookingOpsDbContext>().Database.MigrateAsync();
        return harness;
    }

    /// <summary>A fresh scope, as one page or request would have.</summary>
    public AsyncServiceScope Scope() => provider.CreateAsyncScope();

    /// <summary>Resolves a service in a scope of its own, for a one-shot use case.</summary>
    public T Get<T>()
        where T : notnull => provider.CreateScope().ServiceProvider.GetRequiredService<T>();

    /// <summary>A context that bypasses the services, for arranging and asserting.</summary>
    public BookingOpsDbContext Db() =>
        new(new DbContextOptionsBuilder<BookingOpsDbContext>().UseSqlite(ConnectionString).Options);

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        directory.Dispose();
    }
}
