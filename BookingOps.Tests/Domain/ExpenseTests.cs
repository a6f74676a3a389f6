using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Payouts;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class ExpenseTests : CrewMoneyTest
{
    private static readonly Actor Office = new("user-1", "office@example.test");
    private static readonly Actor Admin = Office with { IsAdmin = true };

    private ExpenseService Expenses => Harness.Get<ExpenseService>();

    private MyExpenses Mine => Harness.Get<MyExpenses>();

    private void ActAs((int Id, string Login) person) => Harness.Actor.Current = new Actor(person.Login, person.Login);

    /// <summary>A show tomorrow with the person on it, accepted.</summary>
    private async Task<int> BookingWithAsync((int Id, string Login) person, decimal fee = 200m)
    {
        Harness.Actor.Current = Office;
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer, TestTime.At(1, 19)));
        var assignments = Harness.Get<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person.Id, Role = "dancer", Fee = fee }, actorIsAdmin: false);
        await assignments.AcceptAsync(job, 0, person.Login);
        return booking;
    }

    private async Task<int> CategoryAsync(ExpenseKind kind, string name)
    {
        await using var db = Harness.Db();
        return await db.ExpenseCategories.Where(c => c.Kind == kind && c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private async Task<ExpenseInput> CrewInputAsync(int booking, decimal amount = 45.60m, int? crewMemberId = null) => new()
    {
        Kind = ExpenseKind.Crew,
        CategoryId = await CategoryAsync(ExpenseKind.Crew, "Travel"),
        SpentOn = Harness.Today,
        Amount = amount,
        Tax = 0m,
        Vendor = "Petron Jalan Klang",
        Description = "Petrol to the venue",
        BookingId = booking,
        CrewMemberId = crewMemberId,
    };

    private async Task<Expense> LoadAsync(int id)
    {
        await using var db = Harness.Db();
        return await db.Expenses.SingleAsync(e => e.Id == id);
    }

    [Fact]
    public async Task A_crew_member_logs_an_expense_on_their_own_job_and_may_change_or_delete_it_until_it_is_approved()
    {
        var booking = await BookingWithAsync(Aina);
        ActAs(Aina);
        var id = await Mine.CreateAsync(await CrewInputAsync(booking));
        var change = await CrewInputAsync(booking, 52.00m);
        await Mine.UpdateAsync(id, change);

        Harness.Actor.Current = Office;
        await Expenses.ApproveAsync(id, 1);
        ActAs(Aina);
        var approvedChange = await CrewInputAsync(booking, 60m);
        approvedChange.Version = 2;
        var refusedChange = await Assert.ThrowsAsync<BusinessRuleException>(() => Mine.UpdateAsync(id, approvedChange));
        var refusedDelete = await Assert.ThrowsAsync<BusinessRuleException>(() => Mine.DeleteAsync(id, 2));

        var expense = await LoadAsync(id);
        Assert.Equal(("EXP-2026-00001", 52.00m, ExpenseStatus.Approved, Aina.Id), (expense.Number, expense.Amount, expense.Status, expense.CrewMemberId));
        Assert.Equal("EXP-2026-00001 is approved and can no longer be changed.", refusedChange.Message);
        Assert.Equal("EXP-2026-00001 is approved and can no longer be deleted.", refusedDelete.Message);

        var another = await Mine.CreateAsync(await CrewInputAsync(booking, 9.90m));
        await Mine.DeleteAsync(another, 0);
        await using var db = Harness.Db();
        Assert.False(await db.Expenses.AnyAsync(e => e.Id == another));
    }

    [Fact]
    public async Task A_crew_member_cannot_log_on_work_that_is_not_theirs_nor_touch_someone_elses_expense()
    {
        var ainas = await BookingWithAsync(Aina);
        var bens = await BookingWithAsync(Ben);
        ActAs(Ben);
        var bensExpense = await Mine.CreateAsync(await CrewInputAsync(bens));

        ActAs(Aina);
        var notMyJob = await Assert.ThrowsAsync<DomainValidationException>(async () => await Mine.CreateAsync(await CrewInputAsync(bens)));
        var posingAsBen = await Mine.CreateAsync(await CrewInputAsync(ainas, crewMemberId: Ben.Id));
        var notMine = await Assert.ThrowsAsync<BusinessRuleException>(() => Mine.DeleteAsync(bensExpense, 0));

        Assert.Equal("Choose one of your own jobs.", notMyJob.Errors[nameof(ExpenseInput.BookingId)].Single());
        Assert.Equal(Aina.Id, (await LoadAsync(posingAsBen)).CrewMemberId);
        Assert.Equal("This expense no longer exists.", notMine.Message);
        Assert.Null(await Mine.GetAsync(bensExpense));
        Assert.Equal([posingAsBen], (await Mine.RecentAsync()).Select(e => e.Id));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_a_corrected_expense_goes_back_to_the_office()
    {
        var booking = await BookingWithAsync(Aina);
        ActAs(Aina);
        var id = await Mine.CreateAsync(await CrewInputAsync(booking));

        Harness.Actor.Current = Office;
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => Expenses.RejectAsync(id, 0, " "));
        await Expenses.RejectAsync(id, 0, "The receipt is for a different day");
        var rejected = await LoadAsync(id);
        var approveRejected = await Assert.ThrowsAsync<BusinessRuleException>(() => Expenses.ApproveAsync(id, 1));

        ActAs(Aina);
        var corrected = await CrewInputAsync(booking, 38m);
        corrected.Version = 1;
        await Mine.UpdateAsync(id, corrected);

        Assert.NotNull(noReason);
        Assert.Equal((ExpenseStatus.Rejected, "The receipt is for a different day"), (rejected.Status, rejected.RejectionReason));
        Assert.Equal("EXP-2026-00001 is rejected and cannot be approved.", approveRejected.Message);
        var resubmitted = await LoadAsync(id);
        Assert.Equal((ExpenseStatus.Submitted, null, 38m), (resubmitted.Status, resubmitted.RejectionReason, resubmitted.Amount));
    }

    [Fact]
    public async Task Overhead_is_the_admins_alone_and_staff_never_see_it()
    {
        var fuel = await CategoryAsync(ExpenseKind.Overhead, "Fuel");
        var input = new ExpenseInput { Kind = ExpenseKind.Overhead, CategoryId = fuel, SpentOn = Harness.Today, Amount = 150m, Tax = 0m, Description = "Diesel for lorry WXY 1234" };

        Harness.Actor.Current = Office;
        var staff = await Assert.ThrowsAsync<BusinessRuleException>(() => Expenses.CreateAsync(input));
        Harness.Actor.Current = Admin;
        var id = await Expenses.CreateAsync(input);
        var adminSees = await Harness.Get<ExpenseDirectory>().ListAsync(new ExpenseListQuery());

        Harness.Actor.Current = Office;
        var staffSees = await Harness.Get<ExpenseDirectory>().ListAsync(new ExpenseListQuery(Kind: ExpenseKind.Overhead));
        var staffDelete = await Assert.ThrowsAsync<BusinessRuleException>(() => Expenses.DeleteAsync(id, 0));

        Assert.Equal("Only an Admin can see or change overhead expenses.", staff.Message);
        Assert.Equal((1, 150m), (adminSees.Rows.TotalCount, adminSees.Total));
        Assert.Equal(ExpenseStatus.Approved, (await LoadAsync(id)).Status);
        Assert.Equal((0, 0m), (staffSees.Rows.TotalCount, staffSees.Total));
        Assert.Null(await Harness.Get<ExpenseDirectory>().GetAsync(id));
        Assert.Equal("Only an Admin can see or change overhead expenses.", staffDelete.Message);
    }

    [Fact]
    public async Task A_category_of_the_other_kind_and_tax_above_the_amount_are_refused_beside_their_fields()
    {
        var booking = await BookingWithAsync(Aina);
        var wrongKind = await CrewInputAsync(booking, crewMemberId: Aina.Id);
        wrongKind.CategoryId = await CategoryAsync(ExpenseKind.Overhead, "Rent");
        var tooMuchTax = await CrewInputAsync(booking, 10m, Aina.Id);
        tooMuchTax.Tax = 12m;

        var category = await Assert.ThrowsAsync<DomainValidationException>(() => Expenses.CreateAsync(wrongKind));
        var tax = await Assert.ThrowsAsync<DomainValidationException>(() => Expenses.CreateAsync(tooMuchTax));

        Assert.Equal("Choose one of the offered categories.", category.Errors[nameof(ExpenseInput.CategoryId)].Single());
        Assert.Equal("The tax cannot be more than the amount it is part of.", tax.Errors[nameof(ExpenseInput.Tax)].Single());
        await using var db = Harness.Db();
        Assert.False(await db.Expenses.AnyAsync());
    }

    [Fact]
    public async Task A_receipt_is_kept_as_a_photo_or_a_pdf_told_by_its_content_under_a_generated_name()
    {
        var booking = await BookingWithAsync(Aina);
        var id = await Expenses.CreateAsync(await CrewInputAsync(booking, crewMemberId: Aina.Id));

        var notAReceipt = await Assert.ThrowsAsync<DomainValidationException>(() => Expenses.AttachReceiptAsync(id, new MemoryStream("MZ not a photo"u8.ToArray())));
        await Expenses.AttachReceiptAsync(id, new MemoryStream(TestPhotos.Jpeg(2400, 1800)));
        var photo = await LoadAsync(id);
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();
        await Expenses.AttachReceiptAsync(id, new MemoryStream(pdf));
        var replaced = await LoadAsync(id);

        Assert.Equal("Send a photo (JPEG or PNG) or a PDF of the receipt; this file is something else.", notAReceipt.Errors[ReceiptFiles.Field].Single());
        Assert.Matches("^receipt-[0-9a-f]{32}\\.jpg$", photo.ReceiptFileName!);
        Assert.False(File.Exists(Path.Combine(Harness.FilesDirectory, photo.ReceiptFileName!)));
        Assert.Equal(ReceiptFiles.Pdf, replaced.ReceiptContentType);
        Assert.Equal(pdf, await File.ReadAllBytesAsync(Path.Combine(Harness.FilesDirectory, replaced.ReceiptFileName!)));
        var file = await Harness.Get<ExpenseDirectory>().ReceiptAsync(id);
        Assert.Equal(("EXP-2026-00001.pdf", ReceiptFiles.Pdf), (file!.DownloadName, file.ContentType));
    }

    [Fact]
    public async Task An_approved_crew_expense_adds_to_what_is_owed_until_a_payout_pays_it_back()
    {
        var booking = await BookingWithAsync(Aina, fee: 200m);
        ActAs(Aina);
        var submitted = await Mine.CreateAsync(await CrewInputAsync(booking, 45.60m));
        var approved = await Mine.CreateAsync(await CrewInputAsync(booking, 12.40m));
        Harness.Actor.Current = Office;
        await Expenses.ApproveAsync(approved, 0);
        Harness.Clock.Advance(TimeSpan.FromDays(3));
        var directory = Harness.Get<PayoutDirectory>();

        var owed = await directory.OutstandingAsync();
        var lines = await directory.OwedLinesAsync(Aina.Id);
        await Harness.Get<PayoutService>().PayAsync(new PayoutInput { Lines = [.. lines.Select(l => l.Key)], PaidOn = Harness.Today, Method = PaymentMethod.Online });

        Assert.Equal([new OwedToPerson(Aina.Id, "Aina Razak", 1, 1, 212.40m)], owed);
        Assert.Equal([new OwedKey(OwedKind.Expense, approved), new OwedKey(OwedKind.Job, lines[1].Key.Id)], lines.Select(l => l.Key));
        Assert.Empty(await directory.OutstandingAsync());
        Assert.True((await LoadAsync(approved)).IsPaid);
        Assert.Equal(212.40m, Assert.Single(await directory.RecentAsync(5)).Amount);
        Assert.NotEqual(submitted, approved);

        // Reversing the payout makes the expense owed again, with the fee.
        var payout = Assert.Single(await directory.RecentAsync(5));
        Harness.Actor.Current = Admin;
        await Harness.Get<PayoutService>().ReverseAsync(payout.Id, payout.Version, "Paid to the wrong account");
        Assert.False((await LoadAsync(approved)).IsPaid);
        Assert.Equal([new OwedToPerson(Aina.Id, "Aina Razak", 1, 1, 212.40m)], await directory.OutstandingAsync());
    }

    [Fact]
    public async Task Only_an_admin_keeps_the_categories_and_a_name_is_used_once_per_kind()
    {
        var categories = Harness.Get<ExpenseCategories>();
        var staff = await Assert.ThrowsAsync<BusinessRuleException>(() => categories.AddAsync(new ExpenseCategoryInput { Name = "Insurance", Kind = ExpenseKind.Overhead }));
        Harness.Actor.Current = Admin;
        await categories.AddAsync(new ExpenseCategoryInput { Name = "Insurance", Kind = ExpenseKind.Overhead });
        var twice = await Assert.ThrowsAsync<DomainValidationException>(() => categories.AddAsync(new ExpenseCategoryInput { Name = "insurance", Kind = ExpenseKind.Overhead }));
        await categories.AddAsync(new ExpenseCategoryInput { Name = "Insurance", Kind = ExpenseKind.Crew });

        Assert.Equal("Only an Admin can change the expense categories.", staff.Message);
        Assert.Equal("There is already a category with this name.", twice.Errors[nameof(ExpenseCategoryInput.Name)].Single());
        Assert.Equal(2, (await categories.AllAsync()).Count(c => c.Name == "Insurance"));
    }
}
