using System.Text.RegularExpressions;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BookingOps.Tests.Browser;

/// <summary>A crew member logs petrol with a receipt photo from the phone; the office approves it and it is owed back with the fee.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ExpenseFlowTests(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private const string Email = "farid@example.test";
    private const string Password = "a long enough password";

    public async Task InitializeAsync()
    {
        await session.EnsureSetupAsync();
        await using var scope = session.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        // Both tests sign in as Farid, made once for the app they share.
        await using (var db = await services.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync())
        {
            if (await db.Users.AnyAsync(u => u.Email == Email))
            {
                return;
            }
        }

        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Dewan Orkid"));
        var login = await services.GetRequiredService<UserAdministration>().CreateAsync(new NewUserInput { DisplayName = "Farid Osman", Email = Email, Role = Roles.Crew, Password = Password });
        var person = await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = "Farid Osman", Roles = ["technician"], Phone = "012-555 6000", UserId = login });
        var booking = await services.GetRequiredService<BookingService>().CreateAsync(BookingInputs.Valid(customer, TestTime.At(-2, 19)));
        var assignments = services.GetRequiredService<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person, Role = "technician", Fee = 150m }, actorIsAdmin: false);
        await assignments.AcceptAsync(job, 0, login);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [BrowserFact]
    public async Task A_receipt_logged_on_the_phone_is_approved_by_the_office_and_owed_back_with_the_fee()
    {
        using var files = new TempDirectory();
        var photo = Path.Combine(files.Path, "receipt.jpg");
        await File.WriteAllBytesAsync(photo, TestPhotos.Jpeg(1200, 1600));
        var text = Path.Combine(files.Path, "notes.txt");
        await File.WriteAllTextAsync(text, "not a receipt");

        var phone = await session.NewPageAsync(phone: true);
        await phone.SignInAsync(Email, Password);
        await phone.GotoAsync("/my-expenses");
        await phone.WaitForInteractiveAsync();
        await phone.ClickAsync("#log-expense");
        await Assertions.Expect(phone.Locator("#expense-work")).ToHaveValueAsync(new Regex(@"^BKG-\d{4}-\d{5} · "));
        await phone.ClickAsync("#save-expense");
        await Assertions.Expect(phone.FieldMessage("expense-description")).ToHaveTextAsync("Say what it was for.");

        await phone.ClickAsync("#expense-category");
        await phone.ClickAsync(".mud-popover-open .mud-list-item:has-text('Parking and tolls')");
        await phone.FillAsync("#expense-description", "Parking at the hall");
        await phone.FillAsync("#expense-vendor", "Dewan Orkid car park");
        await phone.FillAsync("#expense-amount", "12.00");
        await phone.SetInputFilesAsync("#expense-receipt", text);
        await Assertions.Expect(phone.Locator("#receipt-error")).ToHaveTextAsync("Send a photo (JPEG or PNG) or a PDF of the receipt; this file is something else.");
        await phone.SetInputFilesAsync("#expense-receipt", photo);
        await Assertions.Expect(phone.Locator("#receipt-picked")).ToContainTextAsync("receipt.jpg");
        await phone.ScreenshotAsync("87-expense-phone-form");
        await phone.ClickAsync("#save-expense");

        await Assertions.Expect(phone.Locator("#expense-number")).ToHaveTextAsync(new Regex(@"^EXP-\d{4}-\d{5}$"));
        var number = await phone.Locator("#expense-number").TextContentAsync();
        await Assertions.Expect(phone.Locator("#expense-summary .status-badge")).ToHaveTextAsync("Waiting for approval");
        await Assertions.Expect(phone.Locator("#receipt-link img")).ToBeVisibleAsync();
        await phone.ScreenshotAsync("88-expense-phone-saved");

        var office = await session.NewPageAsync();
        await office.SignInAsync(BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        await office.GotoAsync("/expenses");
        await office.WaitForInteractiveAsync();
        await office.ClickAsync("#expenses-to-approve");
        var row = office.Locator($"#expense-grid tr:has-text('{number}')");
        await Assertions.Expect(row).ToContainTextAsync("Farid Osman");
        await row.Locator(".approve-expense").ClickAsync();

        // The phone's open page follows without a reload, and the money is owed back with the job's fee.
        await Assertions.Expect(phone.Locator("#expense-summary .status-badge")).ToHaveTextAsync("Approved");
        await Assertions.Expect(phone.Locator("#edit-expense")).ToHaveCountAsync(0);
        await office.GotoAsync("/payouts");
        await office.WaitForInteractiveAsync();
        var owed = office.Locator("#owed-to-crew tr[data-person='Farid Osman']");
        await Assertions.Expect(owed).ToContainTextAsync("1 job, 1 expense");
        await Assertions.Expect(owed).ToContainTextAsync("162.00");
    }

    [BrowserFact(ReadsReceipts = true)]
    public async Task A_photo_of_a_printed_receipt_fills_in_amount_date_and_vendor_for_the_crew_member_to_check()
    {
        var sample = ReceiptSamples.Generate(seed: 11, count: 1).Single();
        using var files = new TempDirectory();
        var photo = Path.Combine(files.Path, "petrol.jpg");
        await File.WriteAllBytesAsync(photo, sample.Photo);

        var phone = await session.NewPageAsync(phone: true);
        await phone.SignInAsync(Email, Password);
        await phone.GotoAsync("/my-expenses");
        await phone.WaitForInteractiveAsync();
        await phone.ClickAsync("#log-expense");
        await phone.SetInputFilesAsync("#expense-receipt", photo);

        await Assertions.Expect(phone.Locator("#receipt-read")).ToContainTextAsync("Filled from the receipt", new() { Timeout = 30_000 });
        await Assertions.Expect(phone.Locator("#expense-amount")).ToHaveValueAsync(sample.Total.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(phone.Locator("#expense-date")).ToHaveValueAsync(sample.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(phone.Locator("#expense-vendor")).ToHaveValueAsync(sample.Vendor);
        await phone.ScreenshotAsync("96-expense-receipt-read");
    }
}
