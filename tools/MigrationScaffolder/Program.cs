using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName>
// Writes the migration and the updated model snapshot into BookingOps.Domain/Persistence/Migrations.
if (args.Length != 1 || !System.Text.RegularExpressions.Regex.IsMatch(args[0], "^[A-Z][A-Za-z0-9]*$"))
{
    Console.Error.WriteLine("Usage: dotnet run --project tools/MigrationScaffolder -- <MigrationName in PascalCase>");
    return 2;
}

var domainDirectory = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../BookingOps.Domain"));
var options = new DbContextOptionsBuilder<BookingOpsDbContext>().UseSqlite("Data Source=:memory:").Options;
await using var db = new BookingOpsDbContext(options);

var services = new ServiceCollection()
    .AddEntityFrameworkDesignTimeServices()
    .AddDbContextDesignTimeServices(db);
new Microsoft.EntityFrameworkCore.Sqlite.Design.Internal.SqliteDesignTimeServices().ConfigureDesignTimeServices(services);
await using var provider = services.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(args[0], "BookingOps.Domain", "Persistence.Migrations", "C#");
var files = scaffolder.Save(domainDirectory, migration, Path.Combine(domainDirectory, "Persistence", "Migrations"));
Console.WriteLine($"Wrote {files.MigrationFile}");
Console.WriteLine($"Wrote {files.SnapshotFile}");
return 0;
