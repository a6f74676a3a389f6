using BookingOps.Domain.Auditing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Expenses;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class BudgetTests : CrewMoneyTest
{
    private static readonly Actor Office = new("user-1", "office@example.test");
    private static readonly Actor Admin = Office with { IsAdmin = true };

    private BudgetService Budgets => Harness.Get<BudgetService>();

    private BudgetDirectory Directory => Harness.Get<BudgetDirectory>();

    [Theory]
    [InlineData(1000, 0, BudgetAlert.None)]
    [InlineData(1000, 799.99, BudgetAlert.None)]
    [InlineData(1000, 800, BudgetAlert.Nearing)]
    [InlineData(1000, 999.99, BudgetAlert.Nearing)]
    [InlineData(1000, 1000, BudgetAlert.Reached)]
    [InlineData(1000, 1250, BudgetAlert.Reached)]
    [InlineData(0, 0, BudgetAlert.None)]
    [InlineData(0, 0.01, BudgetAlert.Reached)]
    public void A_head_warns_from_80_percent_used_and_again_from_100(double allocated, double used, BudgetAlert expected) =>
        Assert.Equal(expected, BudgetThresholds.AlertFor((decimal)allocated, (decimal)used));

    [Fact]
    public async Task A_budget_sets_each_head_beside_what_crew_jobs_and_expenses_commit_and_spend()
    {
        var booking = await BookingWithAsync(Aina, fee: 300m, day: 1);
        var (travel, meals) = (await CategoryAsync("Travel"), await CategoryAsync("Meals"));
        await ExpenseAsync(booking, travel, 45.60m, approve: false);
        await ExpenseAsync(booking, meals, 30m, approve: true);
        await Harness.Get<ExpenseService>().RejectAsync(await ExpenseAsync(booking, travel, 500m, approve: false), 0, "No receipt");

        await Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, 350m), Line(travel, 50m)] });
        var budget = (await Directory.ForBookingAsync(booking))!;

        Assert.True(budget.IsSet);
        Assert.Equal(
            [
                ("Crew fees", 350m, 300m, 0m, 50m, 85.7m, (decimal?)-14.3m, BudgetAlert.Nearing),
                ("Meals", 0m, 0m, 30m, -30m, null, null, BudgetAlert.Reached),
                ("Travel", 50m, 45.60m, 0m, 4.40m, 91.2m, -8.8m, BudgetAlert.Nearing),
            ],
            budget.Lines.Select(l => (l.Head.Name, l.Allocated, l.Committed, l.Actual, l.Remaining, l.UsedPercent, l.VariancePercent, l.Alert)));
        Assert.Equal((400m, 375.60m, 93.9m), (budget.Total.Allocated, budget.Total.Used, budget.Total.UsedPercent));
        Assert.Equal(BudgetAlert.Reached, budget.Alert);

        var watched = Assert.Single(await Directory.WatchAsync(10));
        Assert.Equal((booking, BudgetAlert.Reached, "Meals"), (watched.BookingId, watched.Alert, watched.Head));
    }

    [Fact]
    public async Task The_dashboard_watches_open_bookings_only_and_names_the_worst_head()
    {
        var near = await BookingWithAsync(Aina, fee: 400m, day: 1);
        var fine = await BookingWithAsync(Aina, fee: 100m, day: 2);
        var cancelled = await BookingWithAsync(Ben, fee: 500m, day: 1);
        foreach (var booking in new[] { near, fine, cancelled })
        {
            await Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, 450m)] });
        }

        await Harness.Get<BookingService>().CancelAsync(cancelled, 0, "The couple postponed");

        var watched = Assert.Single(await Directory.WatchAsync(10));
        Assert.Equal((near, BudgetAlert.Nearing, "Crew fees", 88.9m), (watched.BookingId, watched.Alert, watched.Head, watched.UsedPercent));
    }

    [Fact]
    public async Task Saving_checks_every_head_refuses_a_stale_budget_and_is_audited()
    {
        var booking = await BookingWithAsync(Aina, fee: 300m, day: 1);
        var travel = await CategoryAsync("Travel");
        var fuel = await CategoryAsync("Fuel", ExpenseKind.Overhead);

        var repeated = await Assert.ThrowsAsync<DomainValidationException>(() => Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(travel, 10m), Line(travel, 20m)] }));
        var overhead = await Assert.ThrowsAsync<DomainValidationException>(() => Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, 10m), Line(fuel, 20m)] }));
        var negative = await Assert.ThrowsAsync<DomainValidationException>(() => Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, -1m)] }));
        Assert.Equal("This head is already in the budget; change its amount there.", repeated.Errors["Lines[1].CategoryId"].Single());
        Assert.Equal("Choose crew fees or one of the crew expense categories.", overhead.Errors["Lines[1].CategoryId"].Single());
        Assert.Equal("Allocate between 0 and 10,000,000.", negative.Errors["Lines[0].Allocated"].Single());
        Assert.False((await Directory.ForBookingAsync(booking))!.IsSet);

        await Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, 350m)] });
        await Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, 400m), Line(travel, 60m)], Version = 0 });
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Budgets.SaveAsync(booking, new BudgetInput { Lines = [Line(null, 1m)], Version = 0 }));
        var saved = (await Directory.ForBookingAsync(booking))!;
        Assert.Equal([("Crew fees", 400m), ("Travel", 60m)], saved.Lines.Select(l => (l.Head.Name, l.Allocated)));
        Assert.Equal(1, saved.Version);
        Assert.StartsWith("Someone else changed this budget", stale.Message);

        await Budgets.SaveAsync(booking, new BudgetInput { Version = 1 });
        Assert.False((await Directory.ForBookingAsync(booking))!.IsSet);

        await using var db = Harness.Db();
        var trail = await db.AuditEntries.Where(e => e.EntityType == nameof(Budget)).OrderBy(e => e.Id).ToListAsync();
        // Each head is recorded in the budget's own history, so the trail reads as one record.
        Assert.Single(trail.Select(e => e.EntityId).Distinct());
        Assert.Contains(trail, e => e.Action == AuditAction.Created && e.Changes.Contains("Lines.Allocated") && e.Changes.Contains("350"));
        Assert.Contains(trail, e => e.Action == AuditAction.Created && e.Changes.Contains("Lines.Allocated") && e.Changes.Contains("60"));
        Assert.Contains(trail, e => e.Action == AuditAction.Deleted && e.Changes.Contains("Lines.Allocated") && e.Changes.Contains("400"));
    }

    [Fact]
    public async Task Templates_are_the_Admins_named_once_and_hold_at_least_one_head()
    {
        var travel = await CategoryAsync("Travel");
        var input = new BudgetTemplateInput { Name = "Wedding, 4 dancers", ServiceType = "Wedding dance show", Lines = [Line(null, 1_200m), Line(travel, 150m)] };

        Harness.Actor.Current = Office;
        var staff = await Assert.ThrowsAsync<BusinessRuleException>(() => Budgets.AddTemplateAsync(input));
        Harness.Actor.Current = Admin;
        var id = await Budgets.AddTemplateAsync(input);
        var again = await Assert.ThrowsAsync<DomainValidationException>(() => Budgets.AddTemplateAsync(new BudgetTemplateInput { Name = "wedding, 4 DANCERS", Lines = [Line(null, 1m)] }));
        var empty = await Assert.ThrowsAsync<DomainValidationException>(() => Budgets.AddTemplateAsync(new BudgetTemplateInput { Name = "Empty" }));
        await Budgets.UpdateTemplateAsync(id, new BudgetTemplateInput { Name = "Wedding, 4 dancers", IsActive = false, Lines = [Line(null, 1_300m)] });

        Assert.Equal("Only an Admin can change the budget templates.", staff.Message);
        Assert.Equal("There is already a template with this name.", again.Errors[nameof(BudgetTemplateInput.Name)].Single());
        Assert.Equal("Add at least one head to the template.", empty.Errors[nameof(BudgetTemplateInput.Lines)].Single());
        Assert.Empty(await Directory.TemplatesAsync());
        var retired = Assert.Single(await Directory.TemplatesAsync(withRetired: true));
        Assert.Equal(("Wedding, 4 dancers", null, false, 1L), (retired.Name, retired.ServiceType, retired.IsActive, retired.Version));
        Assert.Equal([(null, 1_300m)], retired.Lines.Select(l => (l.CategoryId, l.Allocated)));
    }

    [Fact]
    public void A_forecast_takes_the_median_of_past_bookings_and_needs_five_of_them()
    {
        PastCost Past(decimal price, decimal fees, decimal travel = 0m) => new(price, fees, travel == 0m ? new Dictionary<int, decimal>() : new() { [6] = travel });
        var history = new[] { Past(1_000m, 300m), Past(2_000m, 500m, 40m), Past(1_000m, 200m), Past(4_000m, 900m, 60m), Past(1_000m, 250m, 10m) };

        var median = CostForecast.Forecast(history, price: 3_000m, ForecastMethod.MedianCost)!;
        var share = CostForecast.Forecast(history, price: 3_000m, ForecastMethod.ShareOfPrice)!;

        // Costs 300, 540, 200, 960, 260 → median 300; as shares of price .30 .27 .20 .24 .26 → .26 × 3,000.
        Assert.Equal((5, 300m, 300m, 10m), (median.Basis, median.Total, median.CrewFees, median.For(6)));
        Assert.Equal((780m, 750m), (share.Total, share.CrewFees));
        Assert.Null(CostForecast.Forecast(history[..4], 3_000m));
    }

    [Fact]
    public async Task An_open_bookings_forecast_reads_completed_bookings_of_its_service_type_and_never_falls_below_what_is_used()
    {
        decimal[] fees = [200m, 260m, 240m, 300m, 220m];
        for (var i = 0; i < fees.Length; i++)
        {
            var past = await BookingWithAsync(Aina, fees[i], day: 2 + i);
            var service = Harness.Get<BookingService>();
            await service.ConfirmAsync(past, 0);
            await service.StartAsync(past, 1);
            await service.CompleteAsync(past, 2);
        }

        var open = await BookingWithAsync(Ben, fee: 250m, day: 1);
        await Budgets.SaveAsync(open, new BudgetInput { Lines = [Line(null, 240m)] });
        var budget = (await Directory.ForBookingAsync(open))!;

        Assert.Equal((5, 240m), (budget.Forecast!.Basis, budget.Forecast.Total));
        var crew = Assert.Single(budget.Lines);
        Assert.Equal((250m, true), (crew.Forecast, crew.ForecastOver));
        Assert.Equal(250m, budget.Total.Forecast);
    }

    [Fact]
    public async Task The_backtest_forecasts_each_completed_booking_from_those_before_it_by_what_they_cost_with_approved_expenses_only()
    {
        var travel = await CategoryAsync("Travel");
        decimal[] fees = [200m, 260m, 240m, 300m, 220m, 250m];
        var bookings = new List<int>();
        foreach (var (fee, day) in fees.Select((fee, i) => (fee, 2 + i)))
        {
            bookings.Add(await BookingWithAsync(Aina, fee, day));
        }

        // The last costs 250 + 50 approved = 300; what waits for approval or was rejected is not a cost.
        await ExpenseAsync(bookings[^1], travel, 50m, approve: true);
        await ExpenseAsync(bookings[^1], travel, 40m, approve: false);
        await Harness.Get<ExpenseService>().RejectAsync(await ExpenseAsync(bookings[^1], travel, 30m, approve: false), 0, "Not ours");
        var service = Harness.Get<BookingService>();
        foreach (var booking in bookings)
        {
            await service.ConfirmAsync(booking, 0);
            await service.StartAsync(booking, 1);
            await service.CompleteAsync(booking, 2);
        }

        var accuracy = await Harness.Get<ForecastBacktest>().RunAsync();

        // Only the sixth has five before it: both methods say 240 (one price throughout), 20 % under its 300.
        Assert.Equal(
            [(ForecastMethod.ShareOfPrice, 1, 20m, 20m, 100m), (ForecastMethod.MedianCost, 1, 20m, 20m, 100m)],
            accuracy.Select(a => (a.Method, a.Forecasts, a.MeanErrorPercent, a.MedianErrorPercent, a.WithinTwentyPercent)));
    }

    private static BudgetLineInput Line(int? categoryId, decimal allocated) => new() { CategoryId = categoryId, Allocated = allocated };

    /// <summary>A show <paramref name="day"/> days ahead with the person on it, accepted at <paramref name="fee"/>.</summary>
    private async Task<int> BookingWithAsync((int Id, string Login) person, decimal fee, int day)
    {
        Harness.Actor.Current = Office;
        var booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer, TestTime.At(day, 19)));
        var assignments = Harness.Get<CrewAssignmentService>();
        var job = await assignments.AssignAsync(new AssignCrewInput { BookingId = booking, CrewMemberId = person.Id, Role = "dancer", Fee = fee }, actorIsAdmin: false);
        await assignments.AcceptAsync(job, 0, person.Login);
        return booking;
    }

    private async Task<int> CategoryAsync(string name, ExpenseKind kind = ExpenseKind.Crew)
    {
        await using var db = Harness.Db();
        return await db.ExpenseCategories.Where(c => c.Kind == kind && c.Name == name).Select(c => c.Id).SingleAsync();
    }

    private async Task<int> ExpenseAsync(int booking, int category, decimal amount, bool approve)
    {
        Harness.Actor.Current = Office;
        var expenses = Harness.Get<ExpenseService>();
        var id = await expenses.CreateAsync(new ExpenseInput
        {
            Kind = ExpenseKind.Crew,
            CategoryId = category,
            SpentOn = Harness.Today,
            Amount = amount,
            Description = "On the job",
            BookingId = booking,
            CrewMemberId = Aina.Id,
        });
        if (approve)
        {
            await expenses.ApproveAsync(id, 0);
        }

        return id;
    }
}
