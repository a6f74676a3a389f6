using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Documents;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Reports;

/// <summary>
/// What the reports on bookings' money arrange: shows in December 2026 (the range they are read over), with crew
/// jobs, invoices, payments and crew expenses recorded through the services, by the Admin unless a test says otherwise.
/// </summary>
public abstract class BookingMoneyReportTest : CrewMoneyTest
{
    protected static readonly Actor Office = new("user-1", "office@example.test");
    protected static readonly Actor Admin = Office with { IsAdmin = true };
    protected static readonly ReportFilter December = new(new ReportPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)));
    protected static readonly DocumentHeader Business = new("Maju Events Sdn Bhd", null, "SST", null, [], "03-5555 1234", null, null);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Harness.Actor.Current = Admin;
    }

    /// <summary>A 2,650.00 show for <paramref name="customer"/> starting at <paramref name="start"/>, business time.</summary>
    protected async Task<int> BookingAsync(int customer, DateTime start) =>
        await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(customer, start));

    /// <summary>Offers <paramref name="person"/> the job at <paramref name="fee"/>; accepted, or left unanswered.</summary>
    protected async Task CrewAsync(int booking, (int Id, string Login) person, decimal fee, bool accept = true)
    {
        var assignments = Harness.Get<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person.Id, Role = "dancer", Fee = fee }, actorIsAdmin: false);
        if (accept)
        {
            await assignments.AcceptAsync(job, 0, person.Login);
        }
    }

    protected async Task<int> IssuedAsync(int booking, InvoiceKind kind)
    {
        var invoices = Harness.Get<InvoiceService>();
        var id = await invoices.CreateForBookingAsync(booking, kind);
        await invoices.IssueAsync(id, 0);
        return id;
    }

    protected Task<RecordedPayment> PayAsync(int invoice, decimal amount) =>
        Harness.Get<PaymentService>().RecordAsync(new PaymentInput { InvoiceId = invoice, Amount = amount, Method = PaymentMethod.Online, ReceivedOn = Harness.Today, Reference = "FPX 8812" });

    /// <summary>Moves the booking on with <paramref name="change"/>, given its current version.</summary>
    protected async Task ChangeAsync(int booking, Func<BookingService, long, Task> change)
    {
        await using var db = Harness.Db();
        await change(Harness.Get<BookingService>(), await db.Bookings.Where(b => b.Id == booking).Select(b => b.Version).SingleAsync());
    }

    protected Task CancelAsync(int booking) => ChangeAsync(booking, (service, version) => service.CancelAsync(booking, version, "The couple postponed"));

    /// <summary>Confirms, starts and completes the booking, which completes the jobs accepted on it.</summary>
    protected async Task CompleteAsync(int booking)
    {
        await ChangeAsync(booking, (service, version) => service.ConfirmAsync(booking, version));
        await ChangeAsync(booking, (service, version) => service.StartAsync(booking, version));
        await ChangeAsync(booking, (service, version) => service.CompleteAsync(booking, version));
    }

    /// <summary>Aina's crew expense on the booking: left waiting for approval, approved, or rejected.</summary>
    protected async Task ExpenseAsync(int booking, string category, decimal amount, ExpenseStatus status)
    {
        var expenses = Harness.Get<ExpenseService>();
        var id = await expenses.CreateAsync(new ExpenseInput
        {
            Kind = ExpenseKind.Crew,
            CategoryId = await CategoryAsync(category),
            SpentOn = Harness.Today,
            Amount = amount,
            Description = category,
            BookingId = booking,
            CrewMemberId = Aina.Id,
        });
        if (status == ExpenseStatus.Approved)
        {
            await expenses.ApproveAsync(id, 0);
        }
        else if (status == ExpenseStatus.Rejected)
        {
            await expenses.RejectAsync(id, 0, "No receipt");
        }
    }

    /// <summary>The report as its PDF export's text, every column on the landscape page.</summary>
    protected static async Task<string> PdfTextAsync(ITableReport report) =>
        Poppler.Text(await TableReportExports.PdfAsync(report, December, null, Business, TestTime.Now, null, CancellationToken.None));

    protected async Task<int> CategoryAsync(string name)
    {
        await using var db = Harness.Db();
        return await db.ExpenseCategories.Where(c => c.Kind == ExpenseKind.Crew && c.Name == name).Select(c => c.Id).SingleAsync();
    }
}
