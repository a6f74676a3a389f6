using BookingOps.Domain.Accounts;
using BookingOps.Domain.BulkImports;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class BulkImportTests : DomainTest
{
    private static readonly Actor Admin = new("user-1", "office@example.test", IsAdmin: true);
    private string booking = string.Empty;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid());
        var bookingId = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(-3, 19)));
        await Harness.Get<CrewService>().CreateAsync(new CrewMemberInput { Name = "Aina Razak", Roles = ["dancer"], Phone = "012-555 4000" });
        await using var db = Harness.Db();
        booking = await db.Bookings.Where(b => b.Id == bookingId).Select(b => b.Number).SingleAsync();
    }

    private ImportService Imports => Harness.Get<ImportService>();

    private string ExpensesCsv(TempDirectory files)
    {
        var path = Path.Combine(files.Path, "expenses.csv");
        File.WriteAllText(path, ImportSamples.ExpensesCsv(booking));
        return path;
    }

    private async Task<int> ExpenseCountAsync()
    {
        await using var db = Harness.Db();
        return await db.Expenses.CountAsync();
    }

    [Fact]
    public async Task A_check_names_each_bad_row_saves_nothing_and_writes_the_rejected_rows_with_their_reasons()
    {
        Harness.Actor.Current = Admin;
        using var files = new TempDirectory();
        var path = ExpensesCsv(files);
        var header = ImportService.HeaderOf(path);
        var mapping = await Imports.SuggestAsync(ImportKind.Expenses, header);

        var check = await Imports.CheckAsync(ImportKind.Expenses, path, mapping);

        Assert.Equal(8, mapping.Columns.Count);
        Assert.Equal((50, 47), (check.Total, check.Valid));
        Assert.Equal([8, 20, 34], check.Rejected.Select(r => r.Line));
        Assert.Equal(["The date \"31/02/2026\" is not a date (write it as 2026-11-21 or 21/11/2026)."], check.Rejected[0].Problems);
        Assert.Equal(["The amount \"a lot\" is not a number."], check.Rejected[1].Problems);
        Assert.Equal(["\"Stationery\" is not one of the crew expense categories."], check.Rejected[2].Problems);
        Assert.Equal(0, await ExpenseCountAsync());
        var rejected = await File.ReadAllLinesAsync(check.RejectedFile!);
        Assert.Equal(4, rejected.Length);
        Assert.EndsWith("Line,Why it was not imported", rejected[0], StringComparison.Ordinal);
        Assert.Contains("is not a number", rejected[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_saves_every_valid_row_in_one_go_and_the_mapping_is_remembered_for_the_next_file()
    {
        Harness.Actor.Current = Admin;
        using var files = new TempDirectory();
        var path = ExpensesCsv(files);
        var header = ImportService.HeaderOf(path);
        var mapping = await Imports.SuggestAsync(ImportKind.Expenses, header);
        var manual = new ImportMapping(new Dictionary<string, int>(mapping.Columns) { ["vendor"] = header.ToList().IndexOf("Supplier") });
        var reported = new List<int>();

        var saved = await Imports.ImportAsync(ImportKind.Expenses, path, manual, new Progress<int>(reported.Add));

        Assert.Equal(47, saved);
        await using var db = Harness.Db();
        var expenses = await db.Expenses.AsNoTracking().ToListAsync();
        Assert.Equal(47, expenses.Count);
        var fuel = expenses.Where(e => e.Kind == ExpenseKind.Overhead).ToList();
        Assert.Equal(10, fuel.Count);
        Assert.All(fuel, e => Assert.Equal((1250.50m, 70.76m, ExpenseStatus.Approved), (e.Amount, e.Tax, e.Status)));
        Assert.All(expenses.Where(e => e.Kind == ExpenseKind.Crew), e => Assert.Equal((ExpenseStatus.Submitted, "Parking, hall"), (e.Status, e.Description)));
        Assert.Equal(47, expenses.Select(e => e.Number).Distinct().Count());
        Assert.Equal(manual.Columns, (await Imports.SuggestAsync(ImportKind.Expenses, header)).Columns);
    }

    [Fact]
    public async Task Staff_cannot_import_overhead_and_a_missing_required_column_is_asked_for()
    {
        using var files = new TempDirectory();
        var path = ExpensesCsv(files);
        var mapping = await Imports.SuggestAsync(ImportKind.Expenses, ImportService.HeaderOf(path));
        var noAmount = new ImportMapping(mapping.Columns.Where(c => c.Key != "amount").ToDictionary(c => c.Key, c => c.Value));

        var check = await Imports.CheckAsync(ImportKind.Expenses, path, mapping);
        var unmapped = await Assert.ThrowsAsync<DomainValidationException>(() => Imports.CheckAsync(ImportKind.Expenses, path, noAmount));

        Assert.Equal(37, check.Valid);
        Assert.Contains(check.Rejected, r => r.Problems.Contains("Overhead expenses are the Admin's to import; name the crew member for a crew expense."));
        Assert.Equal("Choose the column for Amount.", unmapped.Message);
    }

    [Fact]
    public async Task Customers_import_from_an_excel_workbook_checked_by_the_customer_forms_rules()
    {
        using var files = new TempDirectory();
        var path = Path.Combine(files.Path, "customers.xlsx");
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add("Customers");
            string[][] rows =
            [
                ["Name", "Phone", "Email", "Address"],
                ["Dewan Orkid Sdn Bhd", "03-7788 1234", "events@orkid.test", "12 Jalan Orkid, Shah Alam"],
                ["Siti Hajar", "012-345 6789", "", ""],
                ["No Phone Enterprise", "", "x@y.test", ""],
            ];
            for (var r = 0; r < rows.Length; r++)
            {
                for (var c = 0; c < rows[r].Length; c++)
                {
                    sheet.Cell(r + 1, c + 1).Value = rows[r][c];
                }
            }

            workbook.SaveAs(path);
        }

        var mapping = await Imports.SuggestAsync(ImportKind.Customers, ImportService.HeaderOf(path));
        var check = await Imports.CheckAsync(ImportKind.Customers, path, mapping);
        var saved = await Imports.ImportAsync(ImportKind.Customers, path, mapping);

        Assert.Equal((3, 2, 2), (check.Total, check.Valid, saved));
        Assert.Equal("Enter a phone number.", check.Rejected.Single().Problems.Single());
        await using var db = Harness.Db();
        Assert.True(await db.Customers.AnyAsync(c => c.Name == "Siti Hajar"));
        var finished = await db.Notifications.SingleAsync();
        Assert.Equal(
            (NotificationKind.ImportFinished, NotificationAudience.Person, "user-1", "Your import of customers finished: 2 saved from 3 rows.", "customers"),
            (finished.Kind, finished.Audience, finished.RecipientUserId, finished.Text, finished.Link));
    }

    [Fact]
    public async Task Crew_import_with_roles_in_one_cell_checked_by_the_crew_forms_rules()
    {
        using var files = new TempDirectory();
        var path = Path.Combine(files.Path, "crew.csv");
        await File.WriteAllTextAsync(path, """
            Full name,Mobile,Skills,Rate
            Nora Ahmad,012-555 1111,dancer; helper,250
            Nobody Special,012-555 2222,,100
            Lim Wei,012-555 3333,driver,lots
            """);

        var mapping = await Imports.SuggestAsync(ImportKind.Crew, ImportService.HeaderOf(path));
        var check = await Imports.CheckAsync(ImportKind.Crew, path, mapping);
        var saved = await Imports.ImportAsync(ImportKind.Crew, path, mapping);

        Assert.Equal((3, 1, 1), (check.Total, check.Valid, saved));
        Assert.Equal(["Give the person at least one role."], check.Rejected[0].Problems);
        Assert.Equal(["The rate \"lots\" is not a number."], check.Rejected[1].Problems);
        await using var db = Harness.Db();
        var nora = await db.CrewMembers.AsNoTracking().SingleAsync(c => c.Name == "Nora Ahmad");
        Assert.Equal(["dancer", "helper"], nora.Roles.Order());
        Assert.Equal(250m, nora.DefaultRate);
    }
}
