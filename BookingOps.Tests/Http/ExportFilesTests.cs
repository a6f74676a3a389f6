using BookingOps.Tests.Infrastructure;
using BookingOps.Web.Hosting;
using BookingOps.Web.Reports;

namespace BookingOps.Tests.Http;

/// <summary>Exports waiting for their download: only for their owner, once, and never kept for long.</summary>
public sealed class ExportFilesTests : IDisposable
{
    private readonly TempDirectory data = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider clock = TestTime.Frozen();

    private DataLocations Locations => new(data.Path, Path.Combine(data.Path, "test.db"), Path.Combine(data.Path, "keys"));

    [Fact]
    public void Exports_left_from_before_a_restart_are_removed()
    {
        Directory.CreateDirectory(Locations.ExportsDirectory);
        File.WriteAllText(Path.Combine(Locations.ExportsDirectory, "forgotten"), "rows");

        _ = new ExportFiles(Locations, clock);

        Assert.Empty(Directory.GetFiles(Locations.ExportsDirectory));
    }

    [Fact]
    public void An_export_never_fetched_goes_an_hour_later_when_the_next_one_is_made()
    {
        var exports = new ExportFiles(Locations, clock);
        var old = exports.Create("user-1", "sales-2026-11.xlsx", "application/pdf");
        File.WriteAllText(old.Path, "rows");
        clock.Advance(TimeSpan.FromMinutes(59));
        var recent = exports.Create("user-1", "sales-2026-12.xlsx", "application/pdf");
        File.WriteAllText(recent.Path, "rows");
        clock.Advance(TimeSpan.FromMinutes(2));

        exports.Create("user-2", "refunds-2026-11.pdf", "application/pdf");

        Assert.False(File.Exists(old.Path));
        Assert.Null(exports.Take(old.Token, "user-1"));
        Assert.True(File.Exists(recent.Path));
    }

    public void Dispose() => data.Dispose();
}
