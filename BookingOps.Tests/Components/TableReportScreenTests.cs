using Bunit;
using BookingOps.Domain.Common;
using BookingOps.Domain.Live;
using BookingOps.Domain.Reports;
using BookingOps.Domain.Settings;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Domain;
using BookingOps.Web.Components.Reports;
using BookingOps.Web.Hosting;
using BookingOps.Web.Reports;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>
/// A table report's page exporting 1,200 made-up jobs; the report holds before the 1,001st row until the test lets
/// it go, so what the user sees halfway can be read.
/// </summary>
public sealed class TableReportScreenTests : DomainComponentTest
{
    private readonly TaskCompletionSource halfway = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ExportFiles exports = default!;
    private string exportsDirectory = default!;

    protected override async Task ArrangeAsync()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var report = new GeneratedJobsReport(1_200, (n, cancel) => n == 1_001 ? halfway.Task.WaitAsync(cancel) : Task.CompletedTask);
        // Inside the harness's own directory, which goes with it.
        var locations = new DataLocations(Path.GetDirectoryName(Harness.DatabasePath)!, Harness.DatabasePath, Harness.FilesDirectory);
        exports = new ExportFiles(locations, Harness.Clock);
        exportsDirectory = locations.ExportsDirectory;
        Services.AddSingleton(Harness.Get<ChangeFeed>());
        Services.AddScoped<ChangeOrigin>();
        Services.AddSingleton(exports);
        Services.AddSingleton<TimeProvider>(Harness.Clock);
        Services.AddSingleton<ICurrentActor>(Harness.Actor);
        Services.AddScoped(_ => new ReportCatalog([report]));
        Use<BusinessCalendar>();
        Use<ReportFilterOptions>();
        Use<ReportHeaders>();
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task An_export_shows_its_progress_then_hands_the_browser_the_file_once_to_its_owner()
    {
        var screen = Open();

        var clicking = screen.Find("#export-xlsx").ClickAsync(new MouseEventArgs());
        screen.WaitForAssertion(() => Assert.Equal("Writing XLSX: 1,000 of 1,200 rows", screen.Find("#export-progress-text").TextContent.Trim()));
        Assert.True(screen.Find("#export-xlsx").HasAttribute("disabled"));
        halfway.SetResult();
        await clicking;

        var url = (string)JSInterop.VerifyInvoke("bookingOps.download").Arguments[0]!;
        var token = url["reports/exports/".Length..];
        Assert.Null(exports.Take(token, "someone-else"));
        var (file, content) = exports.Take(token, Harness.Actor.Current.UserId!)!.Value;
        Assert.Equal("generated-jobs.xlsx", file.FileName);
        await using (content)
        {
            using var workbook = new XLWorkbook(content);
            Assert.Equal("Job 1200", workbook.Worksheet(1).Cell(BookingOps.Domain.Documents.WorkbookCells.ReportHeaderRow + 1_200, 2).GetString());
        }

        Assert.Null(exports.Take(token, Harness.Actor.Current.UserId!));
        Assert.Empty(Directory.GetFiles(exportsDirectory));
        Assert.Empty(screen.FindAll("#export-progress"));
    }

    [Fact]
    public async Task A_cancelled_export_stops_says_so_and_leaves_nothing_behind()
    {
        var screen = Open();

        var clicking = screen.Find("#export-xlsx").ClickAsync(new MouseEventArgs());
        screen.WaitForAssertion(() => Assert.Contains("1,000 of 1,200", screen.Find("#export-progress-text").TextContent, StringComparison.Ordinal));
        await screen.Find("#export-cancel").ClickAsync(new MouseEventArgs());
        await clicking;

        Assert.Equal("Export cancelled; nothing was downloaded.", screen.Find("#export-message").TextContent.Trim());
        Assert.Empty(JSInterop.Invocations["bookingOps.download"]);
        Assert.Empty(Directory.GetFiles(exportsDirectory));
        Assert.False(screen.Find("#export-xlsx").HasAttribute("disabled"));
    }

    [Fact]
    public void The_page_shows_the_reports_rows_and_totals_and_a_missing_report_says_so()
    {
        var screen = Open();
        var missing = Render<TableReportScreen>(p => p.Add(c => c.Audience, ReportAudience.Admin).Add(c => c.Name, "generated-jobs"));

        Assert.Equal("1,200 rows · amounts in MYR", screen.Find("#report-count").TextContent.Trim());
        Assert.Equal(["2 Nov 2026", "Job 2", "200.50", "2", "33.3 %", "2,000.5"], screen.FindAll("#report-table tbody tr")[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.NotNull(screen.Find("#report-pages"));
        Assert.Contains("There is no such report.", missing.Find("#report-missing").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<TableReportScreen> Open()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("reports/office/generated-jobs?from=2026-11-01&to=2026-11-30");
        return Render<TableReportScreen>(p => p.Add(c => c.Audience, ReportAudience.Office).Add(c => c.Name, "generated-jobs"));
    }
}
