using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace BookingOps.Domain.Persistence;

/// <summary>
/// The context as `dotnet ef` sees it when adding a migration: the model only, on a throwaway in-memory
/// SQLite database, so the tool never starts the app or touches Data/.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BookingOpsDbContext>
{
    public BookingOpsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<BookingOpsDbContext>().UseSqlite("Data Source=:memory:").Options);
}
