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
    public DateOnly Today => TestTime.DateOn(Clock.GetUtcNow());

    public TestActor Actor { get; } = new();

    public string FilesDirectory => Path.Combine(directory.Path, "files");

    public string DatabasePath => Path.Combine(directory.Path, "test.db");

    public string ConnectionString => $"Data Source={DatabasePath};Foreign Keys=True";

    /// <summary>A harness on a copy of a database migrated once per test run: migrating takes far longer than copying.</summary>
    public static async Task<DomainHarness> CreateAsync()
    {
        var harness = new DomainHarness();
        File.Copy(await MigratedTemplate.Value, harness.DatabasePath);
        return harness;
    }

    private static readonly Lazy<Task<string>> MigratedTemplate = new(async () =>
    {
        var path = Path.Combine(Path.GetTempPath(), "bookingops-tests", $"template-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);

        // Unpooled, so the file is closed and complete once migrated.
        await using var db = new BookingOpsDbContext(new DbContextOptionsBuilder<BookingOpsDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
        await db.Database.MigrateAsync();
        return path;
    });

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
