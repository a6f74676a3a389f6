using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Expenses;
using BookingOps.Domain.Payouts;
using BookingOps.Tests.Documents;
using BookingOps.Tests.Infrastructure;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class PayoutTests : CrewMoneyTest
{
    private PayoutService Payouts => Harness.Get<PayoutService>();

    private PayoutDirectory Directory => Harness.Get<PayoutDirectory>();

    /// <summary>A show <paramref name="days"/> days from the frozen today at 19:00, with the person on it at <paramref name="fee"/>, answered as asked.</summary>
    private async Task<(int Booking, int Job)> JobAsync((int Id, string Login) person, int days, decimal fee, bool accept = true)
    {
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer, TestTime.At(days, 19)));
        var assignments = Harness.Get<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person.Id, Role = "dancer", Fee = fee }, actorIsAdmin: false);
        if (accept)
        {
            await assignments.AcceptAsync(job, 0, person.Login);
        }

        return (booking, job);
    }

    private PayoutInput Pay(params int[] jobs) => Pay(jobs.Select(j => new OwedKey(OwedKind.Job, j)).ToArray());

    private PayoutInput Pay(params OwedKey[] lines) => new() { Lines = [.. lines], Method = PaymentMethod.Online, Reference = "IBG 204411", PaidOn = Harness.Today };

    [Fact]
    public async Task A_job_is_owed_once_it_is_done_accepted_and_its_booking_stands()
    {
        var done = await JobAsync(Aina, 1, 250m);
        var alsoDone = await JobAsync(Aina, 2, 300.50m);
        await JobAsync(Aina, 3, 100m, accept: false);
        var cancelled = await JobAsync(Ben, 1, 400m);
        await Harness.Get<BookingService>().CancelAsync(cancelled.Booking, 0, "Venue flooded");
        var later = await JobAsync(Ben, 20, 500m);

        Harness.Clock.Advance(TimeSpan.FromDays(5));

        var owed = await Directory.OutstandingAsync();
        Assert.Equal([new OwedToPerson(Aina.Id, "Aina Razak", 2, 0, 550.50m)], owed);
        Assert.Equal([done.Job, alsoDone.Job], (await Directory.OwedLinesAsync(Aina.Id)).Select(j => j.Key.Id));
        Assert.Empty(await Directory.OwedLinesAsync(Ben.Id));
        Assert.NotEqual(0, later.Job);
    }

    [Fact]
    public async Task Paying_two_people_in_one_batch_makes_a_numbered_payout_each_and_clears_what_they_are_owed()
    {
        var first = await JobAsync(Aina, 1, 250m);
        var second = await JobAsync(Aina, 2, 300m);
        var bens = await JobAsync(Ben, 3, 180m);
        Harness.Clock.Advance(TimeSpan.FromDays(5));

        var made = await Payouts.PayAsync(Pay(first.Job, second.Job, bens.Job));

        Assert.Empty(await Directory.OutstandingAsync());
        var payouts = await Directory.RecentAsync(10);
        Assert.Equal(
            [("PAY-2026-00002", "Ben Lim", 180m, 1), ("PAY-2026-00001", "Aina Razak", 550m, 2)],
            payouts.Select(p => (p.Number, p.Name, p.Amount, p.Lines)));
        Assert.Equal(2, made.Count);
    }

    [Fact]
    public async Task A_batch_with_one_job_no_longer_owed_pays_nothing()
    {
        var first = await JobAsync(Aina, 1, 250m);
        var bens = await JobAsync(Ben, 2, 180m);
        Harness.Clock.Advance(TimeSpan.FromDays(5));
        await Payouts.PayAsync(Pay(bens.Job));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => Payouts.PayAsync(Pay(first.Job, bens.Job)));
        var tomorrow = Pay(first.Job);
        tomorrow.PaidOn = Harness.Today.AddDays(1);
        var future = await Assert.ThrowsAsync<DomainValidationException>(() => Payouts.PayAsync(tomorrow));

        Assert.Equal("1 of the chosen lines is no longer owed (paid meanwhile, not done yet or no longer approved); nothing was paid. Reload and choose again.", refused.Message);
        Assert.Equal([new OwedToPerson(Aina.Id, "Aina Razak", 1, 0, 250m)], await Directory.OutstandingAsync());
        Assert.Equal("A payout cannot be dated in the future.", future.Errors[nameof(PayoutInput.PaidOn)].Single());
    }

    [Fact]
    public async Task Two_people_paying_the_same_job_at_once_pay_it_once()
    {
        var job = await JobAsync(Aina, 1, 250m);
        Harness.Clock.Advance(TimeSpan.FromDays(5));

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            try
            {
                await Payouts.PayAsync(Pay(job.Job));
                return "paid";
            }
            catch (BusinessRuleException)
            {
                return "refused";
            }
        }));

        Assert.Equal(1, attempts.Count(a => a == "paid"));
        await using var db = Harness.Db();
        Assert.Equal(1, await db.PayoutLines.CountAsync(l => l.CrewAssignmentId == job.Job));
    }

    [Fact]
    public async Task Only_an_admin_reverses_a_payout_with_a_reason_and_its_jobs_are_owed_again()
    {
        var job = await JobAsync(Aina, 1, 250m);
        Harness.Clock.Advance(TimeSpan.FromDays(5));
        var payout = (await Payouts.PayAsync(Pay(job.Job))).Single();

        var staff = await Assert.ThrowsAsync<BusinessRuleException>(() => Payouts.ReverseAsync(payout, 0, "Paid to the wrong account"));
        Harness.Actor.Current = Harness.Actor.Current with { IsAdmin = true };
        var noReason = await Assert.ThrowsAsync<DomainValidationException>(() => Payouts.ReverseAsync(payout, 0, " "));
        await Payouts.ReverseAsync(payout, 0, "Paid to the wrong account");

        Assert.Equal("Only an Admin can reverse a payout.", staff.Message);
        Assert.NotNull(noReason);
        Assert.True(Assert.Single(await Directory.RecentAsync(10)).IsReversed);
        Assert.Equal([new OwedToPerson(Aina.Id, "Aina Razak", 1, 0, 250m)], await Directory.OutstandingAsync());
        await Payouts.PayAsync(Pay(job.Job));
        Assert.Empty(await Directory.OutstandingAsync());
    }

    [Fact]
    public async Task A_crew_member_sees_only_their_own_earnings()
    {
        var ainas = await JobAsync(Aina, 1, 250m);
        await JobAsync(Aina, 2, 100m);
        var bens = await JobAsync(Ben, 3, 180m);
        Harness.Clock.Advance(TimeSpan.FromDays(5));
        await Payouts.PayAsync(Pay(ainas.Job, bens.Job));

        var mine = await Directory.ForCrewUserAsync(Aina.Login);

        Assert.Equal((100m, 1), (mine!.OwedTotal, mine.Owed.Count));
        Assert.Equal([("Aina Razak", 250m)], mine.Paid.Select(p => (p.Name, p.Amount)));
        Assert.Null(await Directory.ForCrewUserAsync("someone-without-a-crew-record"));
    }

    /// <summary>
    /// Aina's October: a job paid on 25 Oct and one unpaid (80 brought forward). November: a job paid on
    /// 12 Nov, an approved petrol expense, and a job still owed.
    /// </summary>
    private async Task<(int NovemberPayout, EarningsStatement Statement)> AinasNovemberAsync()
    {
        var paidInOctober = await JobAsync(Aina, -30, 100m);
        await JobAsync(Aina, -25, 80m);
        var paidInNovember = await JobAsync(Aina, -10, 250m);
        await JobAsync(Aina, -5, 300m);
        await JobAsync(Ben, -5, 999m);
        var expense = await Harness.Get<ExpenseService>().CreateAsync(new ExpenseInput
        {
            Kind = ExpenseKind.Crew, CrewMemberId = Aina.Id, BookingId = paidInNovember.Booking, SpentOn = new DateOnly(2026, 11, 14), Amount = 20m,
            CategoryId = 6, Description = "Petrol",
        });
        await Harness.Get<ExpenseService>().ApproveAsync(expense, 0);
        await Payouts.PayAsync(Dated(Pay(paidInOctober.Job), new DateOnly(2026, 10, 25)));
        var november = (await Payouts.PayAsync(Dated(Pay(paidInNovember.Job), new DateOnly(2026, 11, 12)))).Single();
        var statement = await Harness.Get<EarningsStatements>().ForCrewMemberAsync(Aina.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        return (november, statement!);
    }

    private static PayoutInput Dated(PayoutInput input, DateOnly paidOn)
    {
        input.PaidOn = paidOn;
        return input;
    }

    [Fact]
    public async Task An_earnings_statement_brings_forward_what_was_owed_and_lists_the_periods_earnings_and_payouts()
    {
        var (_, statement) = await AinasNovemberAsync();

        Assert.Equal(80m, statement.Opening);
        Assert.Equal(
            [(new DateOnly(2026, 11, 11), StatementEntry.Job, 250m, 0m), (new DateOnly(2026, 11, 12), StatementEntry.Payout, 0m, 250m),
             (new DateOnly(2026, 11, 14), StatementEntry.Expense, 20m, 0m), (new DateOnly(2026, 11, 16), StatementEntry.Job, 300m, 0m)],
            statement.Lines.Select(l => (l.On, l.Entry, l.Earned, l.Paid)));
        Assert.Equal((570m, 250m, 400m), (statement.Earned, statement.Paid, statement.Closing));
        Assert.Equal((await Directory.OutstandingAsync()).Single(o => o.CrewMemberId == Aina.Id).Amount, statement.Closing);
    }

    [Fact]
    public async Task A_reversed_payout_pays_nothing_on_the_statement()
    {
        var (november, _) = await AinasNovemberAsync();
        Harness.Actor.Current = Harness.Actor.Current with { IsAdmin = true };
        await Payouts.ReverseAsync(november, 0, "Bounced");

        var statement = await Harness.Get<EarningsStatements>().ForCrewMemberAsync(Aina.Id, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.DoesNotContain(statement!.Lines, l => l.Entry == StatementEntry.Payout);
        Assert.Equal(650m, statement.Closing);
    }

    [Fact]
    public async Task A_crew_member_gets_only_their_own_statement_and_a_period_runs_forwards_within_a_year()
    {
        await AinasNovemberAsync();
        var statements = Harness.Get<EarningsStatements>();

        var bens = await statements.ForCrewUserAsync(Ben.Login, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var backwards = await Assert.ThrowsAsync<DomainValidationException>(() => statements.ForCrewMemberAsync(Aina.Id, new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1)));
        var tooLong = await Assert.ThrowsAsync<DomainValidationException>(() => statements.ForCrewMemberAsync(Aina.Id, new DateOnly(2025, 1, 1), new DateOnly(2026, 11, 30)));

        Assert.Equal(("Ben Lim", 999m), (bens!.Name, bens.Closing));
        Assert.Null(await statements.ForCrewUserAsync("someone-without-a-crew-record", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)));
        Assert.Equal("The start date is after the end date.", backwards.Message);
        Assert.Equal("A statement covers a year at most.", tooLong.Message);
    }

    [Fact]
    public async Task The_statement_prints_as_a_pdf_and_opens_in_excel_with_numbers_and_dates()
    {
        var (_, statement) = await AinasNovemberAsync();

        var text = Poppler.Text(EarningsStatementPdf.Render(statement, Harness.Clock.GetUtcNow()));
        using var workbook = new XLWorkbook(new MemoryStream(EarningsStatementWorkbook.Render(statement)));

        Assert.Contains("EARNINGS STATEMENT", text, StringComparison.Ordinal);
        Assert.Contains("Aina Razak", text, StringComparison.Ordinal);
        Assert.Contains("1 Nov 2026 – 30 Nov 2026", text, StringComparison.Ordinal);
        Assert.Matches(@"Owed at the end \(MYR\)\s+400\.00", text);
        var sheet = workbook.Worksheet("Statement");
        var firstLine = sheet.Row(8);
        Assert.Equal(new DateTime(2026, 11, 11), firstLine.Cell(1).GetDateTime());
        Assert.Equal(250d, firstLine.Cell(5).GetDouble());
        var closing = sheet.RowsUsed().Last();
        Assert.Equal(("Owed at the end", 400d), (closing.Cell(4).GetString(), closing.Cell(6).GetDouble()));
    }
}
