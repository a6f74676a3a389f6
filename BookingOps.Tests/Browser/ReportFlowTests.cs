using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Documents;
using BookingOps.Tests.Infrastructure;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>The owner opens the P&amp;L and a table report, changes their filters, and takes them away as Excel and PDF.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ReportFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private static readonly System.Text.RegularExpressions.Regex ThisYear = new(@"/reports/profit-and-loss\?from=2026-01-01&to=2026-12-31$");

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using (var db = await services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync())
        {
            // Each test of the class runs this; the app, and so the deposit, is the class's.
            if (await db.Customers.AnyAsync(c => c.Name == "Dewan Seroja"))
            {
                return;
            }
        }

        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Seroja"));
        var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(10, 19)));
        var invoices = services.GetRequiredService<InvoiceService>();
        await invoices.IssueAsync(await invoices.CreateForBookingAsync(booking, InvoiceKind.Deposit), 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task The_owner_opens_this_months_P_and_L_widens_it_to_the_year_and_exports_both_files()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/reports/profit-and-loss");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#pnl-months tr[data-month='Nov 2026']")).ToContainTextAsync("795.00");

        await page.ClickAsync("[data-preset=ThisYear]");
        await Assertions.Expect(page).ToHaveURLAsync(ThisYear);
        await Assertions.Expect(page.Locator("#pnl-months tbody tr")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("#pnl-months tfoot")).ToContainTextAsync("795.00");
        await page.ScreenshotAsync("100-profit-and-loss");

        var excel = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        Assert.Equal("profit-and-loss-2026-01-01-to-2026-12-31.xlsx", excel.SuggestedFilename);
        await using (var file = File.OpenRead(await excel.PathAsync()))
        using (var workbook = new XLWorkbook(file))
        {
            var total = workbook.Worksheet("P&L by month").Row(BookingOps.Domain.Documents.WorkbookCells.ReportHeaderRow + 13);
            Assert.Equal(("Total", 795m), (total.Cell(1).GetString(), total.Cell(4).GetValue<decimal>()));
        }

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-pdf"));
        Assert.Equal("profit-and-loss-2026-01-01-to-2026-12-31.pdf", pdf.SuggestedFilename);
        var text = Poppler.Text(await File.ReadAllBytesAsync((await pdf.PathAsync())!));
        Assert.Contains("PROFIT AND LOSS", text, StringComparison.Ordinal);
        Assert.Matches(@"Total\s+795\.00", text);

        // The report opens next time on the range last used.
        await page.GotoAsync("/reports/profit-and-loss");
        await Assertions.Expect(page).ToHaveURLAsync(ThisYear);
    }

    [BrowserFact]
    public async Task The_owner_finds_sales_over_time_among_all_reports_cuts_it_by_week_sorts_it_and_exports_it()
    {
        var page = await session.NewPageAsync();
        await page.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await page.GotoAsync("/reports");
        await page.WaitForInteractiveAsync();
        await page.ClickAsync("a:has-text('Sales over time')");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reports/office/sales$"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#report-table tbody tr:has-text('Sat 21 Nov 2026')")).ToContainTextAsync("795.00");

        await page.ClickAsync("[data-granularity=Week]");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("by=week$"));
        await page.ClickAsync("th[data-column=invoiced] a");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("by=week&sort=-invoiced$"));
        await Assertions.Expect(page.Locator("#report-table tbody tr").First).ToContainTextAsync("Week of 16 Nov 2026");
        await Assertions.Expect(page.Locator("#report-totals")).ToContainTextAsync("795.00");
        await page.ScreenshotAsync("101-sales-report");

        var excel = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-xlsx"));
        Assert.Equal("sales-2026-11.xlsx", excel.SuggestedFilename);
        await using (var file = File.OpenRead(await excel.PathAsync()))
        using (var workbook = new XLWorkbook(file))
        {
            var first = workbook.Worksheet("Sales over time").Row(BookingOps.Domain.Documents.WorkbookCells.ReportHeaderRow + 1);
            Assert.Equal(("Week of 16 Nov 2026", 795m), (first.Cell(1).GetString(), first.Cell(3).GetValue<decimal>()));
        }

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-pdf"));
        Assert.Equal("sales-2026-11.pdf", pdf.SuggestedFilename);
        var text = Poppler.Text(await File.ReadAllBytesAsync((await pdf.PathAsync())!));
        Assert.Contains("SALES OVER TIME", text, StringComparison.Ordinal);
        Assert.Matches(@"Week of 16 Nov 2026\s+1\s+795\.00", text);
    }
}
