using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Web.Hosting;

public static class DatabaseStartup
{
    /// <summary>Brings the database to the current schema and switches it to write-ahead logging.</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BookingOpsDbContext>();
        await db.Database.MigrateAsync(cancellationToken);

        // WAL lets the office read while someone writes; it is a property of the file, so setting it once sticks.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
