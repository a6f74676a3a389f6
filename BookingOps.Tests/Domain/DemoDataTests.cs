using BookingOps.Domain.Bookings;
using BookingOps.Domain.Budgets;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DemoData;
using BookingOps.Domain.Fleet;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain;

public sealed class DemoDataTests : DomainTest
{
    [Fact]
    public async Task Demo_customers_are_valid_searchable_and_audited_only_when_asked()
    {
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 2_500, Audited: false));
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 10, Audited: true, Seed: 7));

        await using var db = Harness.Db();
        var customers = await db.Customers.ToListAsync();
        Assert.Equal(2_510, customers.Count);
        Assert.All(customers, c => InputValidation.EnsureValid(CustomerInput.From(c)));
        Assert.Equal(10, await db.AuditEntries.CountAsync(e => e.EntityType == "Customer"));
        var someone = customers[1234];
        Assert.Equal(0, await db.Bookings.CountAsync());
        var found = await Harness.Get<CustomerDirectory>().ListAsync(new CustomerListQuery(someone.Phone, false, new PageRequest()));
        Assert.Contains(found.Items, c => c.Id == someone.Id);
    }

    [Fact]
    public async Task Demo_bookings_and_inquiries_follow_the_rules_and_continue_the_number_series()
    {
        await Harness.Get<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 30, Audited: false, Bookings: 400, Inquiries: 25, Crew: 40, Assets: 80, Billing: true));

        await using var db = Harness.Db();
        var bookings = await db.Bookings.ToListAsync();
        var now = Harness.Clock.GetUtcNow();
        Assert.Equal(400, bookings.Count);
        Assert.Equal(400, bookings.Select(b => b.Number).Distinct().Count());
        Assert.All(bookings.Where(b => b.EndsAt <= now && b.Status != BookingOps.Domain.Bookings.BookingStatus.Cancelled), b => Assert.Equal(BookingOps.Domain.Bookings.BookingStatus.Completed, b.Status));
        Assert.Contains(bookings, b => b.StartsAt > now && b.Status == BookingOps.Domain.Bookings.BookingStatus.Tentative);
        Assert.All(bookings, b => Assert.True(b.DepositAmount <= b.Total));
        Assert.Equal(25, await db.Inquiries.CountAsync());

        // Crew fill most seats without double-booking anyone (30 minutes apart at least).
        var assignments = await db.CrewAssignments.ToListAsync();
        Assert.NotEmpty(assignments);
        foreach (var person in assignments.GroupBy(a => a.CrewMemberId))
        {
            var jobs = person.OrderBy(a => a.StartsAt).ToList();
            Assert.All(jobs.Zip(jobs.Skip(1)), pair => Assert.True(pair.Second.StartsAt >= pair.First.EndsAt.AddMinutes(30)));
        }

        // The fleet is valid; bins are where their last movement left them; equipment fills requirements it fits, never double-booked.
        var assets = await db.Assets.ToListAsync();
        Assert.Equal(80, assets.Count);
        Assert.All(assets, a => InputValidation.EnsureValid(AssetInput.From(a)));
        var movements = (await db.AssetMovements.ToListAsync()).GroupBy(m => m.AssetId).ToDictionary(g => g.Key, g => g.OrderBy(m => m.At).ThenBy(m => m.Id).Last().ToState);
        Assert.All(assets.Where(a => a.Kind == AssetKind.Bin), b => Assert.Equal(movements.GetValueOrDefault(b.Id, BinState.InWarehouse), b.BinState));
        Assert.True(assets.Select(a => a.BinState).Distinct().Count() >= 4, "bins in several states of their cycle");
        Assert.NotEmpty(await Harness.Get<AssetDirectory>().ExpiringAsync(DateOnly.FromDateTime(now.UtcDateTime), 30));
        var assetJobs = await db.AssetAssignments.ToListAsync();
        Assert.NotEmpty(assetJobs);
        foreach (var asset in assetJobs.GroupBy(a => a.AssetId))
        {
            var jobs = asset.OrderBy(a => a.StartsAt).ToList();
            Assert.All(jobs.Zip(jobs.Skip(1)), pair => Assert.True(pair.Second.StartsAt >= pair.First.EndsAt.AddMinutes(30)));
        }

        var byId = assets.ToDictionary(a => a.Id);
        foreach (var booking in assetJobs.GroupBy(a => a.BookingId))
        {
            var traits = booking.Select(a => byId[a.AssetId]).Select(a => new AssetTraits(a.Kind, a.SizeKey, a.Description)).ToList();
            var gaps = EquipmentNeeds.Gaps(bookings.Single(b => b.Id == booking.Key).AssetRequirements, traits);
            Assert.Equal(traits.Count, gaps.Sum(g => g.Assigned));
        }

        // Invoices and their ledger agree; finals deduct their deposit; numbers are unique and continue.
        var invoices = await db.Invoices.ToListAsync();
        var payments = await db.Payments.ToListAsync();
        Assert.NotEmpty(invoices);
        Assert.Equal(invoices.Count, invoices.Select(i => i.Number).Distinct().Count());
        Assert.Equal(payments.Count, payments.Select(p => p.ReceiptNumber).Distinct().Count());
        var byNumber = invoices.OrderBy(i => i.Number, StringComparer.Ordinal).Select(i => i.IssuedOn!.Value).ToList();
        Assert.All(byNumber.Zip(byNumber.Skip(1)), pair => Assert.True(pair.First <= pair.Second, "invoice numbers rise with the issue date"));
        var paidBy = payments.GroupBy(p => p.InvoiceId).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        Assert.All(invoices, i => Assert.Equal(paidBy.GetValueOrDefault(i.Id), i.PaidTotal));
        Assert.All(invoices, i => Assert.True(i.PaidTotal <= i.Total, $"{i.Number} overpaid"));
        Assert.Contains(invoices, i => i.Status == BookingOps.Domain.Billing.InvoiceStatus.Paid);
        Assert.Contains(invoices, i => i.Status == BookingOps.Domain.Billing.InvoiceStatus.Issued);
        foreach (var final in invoices.Where(i => i.Kind == BookingOps.Domain.Billing.InvoiceKind.Final))
        {
            var booking = bookings.Single(b => b.Id == final.BookingId);
            var deposit = invoices.SingleOrDefault(i => i.BookingId == booking.Id && i.Kind == BookingOps.Domain.Billing.InvoiceKind.Deposit);
            Assert.Equal(booking.Total - (deposit?.Total ?? 0m), final.Total);
            Assert.Equal(deposit?.Id, final.Deductions.SingleOrDefault()?.EarlierInvoiceId);
        }

        var fresh = await Harness.Get<BookingOps.Domain.Billing.InvoiceService>().CreateAsync(new BookingOps.Domain.Billing.InvoiceInput
        {
            CustomerId = bookings[0].CustomerId,
            Lines = [new BookingOps.Domain.Bookings.PriceLineInput { Description = "Extra", Quantity = 1, UnitPrice = 10m }],
        });
        await Harness.Get<BookingOps.Domain.Billing.InvoiceService>().IssueAsync(fresh, 0);
        var freshNumber = (await Harness.Get<BookingOps.Domain.Billing.InvoiceDirectory>().FindAsync(fresh))!.Number;
        Assert.DoesNotContain(freshNumber, invoices.Select(i => i.Number));

        // The next booking continues its year's series instead of colliding with demo numbers.
        var customer = bookings[0].CustomerId;
        var id = await Harness.Get<BookingOps.Domain.Bookings.BookingService>().CreateAsync(BookingInputs.Valid(customer));
        var next = (await Harness.Get<BookingOps.Domain.Bookings.BookingDirectory>().FindAsync(id))!.Number;
        Assert.DoesNotContain(next, bookings.Select(b => b.Number));
    }

    [Fact]
    public async Task Demo_delivery_orders_come_in_every_state_with_their_field_records_invoices_and_a_few_bins_overdue()
    {
        await Harness.Get<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 30, Audited: false, Crew: 40, Assets: 120, DeliveryOrders: 200));

        await using var db = Harness.Db();
        var orders = await db.DeliveryOrders.AsNoTracking().ToListAsync();
        Assert.Equal(200, orders.Count);
        Assert.Equal(Enum.GetValues<BookingOps.Domain.DeliveryOrders.DeliveryOrderStatus>().Order(), orders.Select(o => o.Status).Distinct().Order());
        var numbered = orders.Where(o => o.Number is not null).ToList();
        Assert.Equal(numbered.Count, numbered.Select(o => o.Number).Distinct().Count());
        Assert.All(orders, o => InputValidation.EnsureValid(BookingOps.Domain.DeliveryOrders.DeliveryOrderInput.From(o)));

        var photos = await db.DeliveryOrderPhotos.AsNoTracking().ToListAsync();
        Assert.All(orders.Where(o => o.Stage == BookingOps.Domain.DeliveryOrders.FieldStage.Done), o => Assert.True(photos.Count(p => p.DeliveryOrderId == o.Id) >= 3));
        Assert.All(photos.Select(p => p.FileName).Distinct(), name => Assert.True(File.Exists(Path.Combine(Harness.FilesDirectory, name))));

        // Invoiced orders' cash is paid onto their invoice under the receipt's number; closed ones are paid in full.
        var invoices = await db.Invoices.AsNoTracking().Where(i => i.DeliveryOrderId != null).ToListAsync();
        Assert.Equal(orders.Count(o => o.Status is BookingOps.Domain.DeliveryOrders.DeliveryOrderStatus.Invoiced or BookingOps.Domain.DeliveryOrders.DeliveryOrderStatus.Closed), invoices.Count);
        var receipts = await db.FieldReceipts.AsNoTracking().ToListAsync();
        var payments = await db.Payments.AsNoTracking().ToListAsync();
        Assert.All(receipts.Where(r => r.PaymentId is not null), r => Assert.Equal(r.ReceiptNumber, payments.Single(p => p.Id == r.PaymentId).ReceiptNumber));
        Assert.All(invoices, i => Assert.Equal(payments.Where(p => p.InvoiceId == i.Id).Sum(p => p.Amount), i.PaidTotal));
        Assert.All(invoices.Where(i => orders.Single(o => o.Id == i.DeliveryOrderId).Status == BookingOps.Domain.DeliveryOrders.DeliveryOrderStatus.Closed), i => Assert.Equal(0m, i.Balance));
        Assert.Equal(receipts.Count + payments.Count(p => p.IdempotencyKey.EndsWith("-rest", StringComparison.Ordinal)),
            await db.Database.SqlQuery<int>($"SELECT LastNumber AS Value FROM NumberSeries WHERE Key = 'RCPT-2026'").SingleAsync());

        Assert.NotEmpty(await Harness.Get<BookingOps.Domain.DeliveryOrders.RentalPeriods>().OverdueAsync(Harness.Today));
    }

    [Fact]
    public async Task Demo_crew_are_paid_monthly_for_past_months_and_owed_for_this_one()
    {
        await Harness.Get<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 30, Audited: false, Bookings: 300, Crew: 40, Payouts: true));

        await using var db = Harness.Db();
        var payouts = await db.Payouts.AsNoTracking().Include(p => p.Lines).ToListAsync();
        Assert.NotEmpty(payouts);
        Assert.All(payouts, p => Assert.Equal(p.Lines.Sum(l => l.Amount), p.Amount));
        Assert.All(payouts, p => Assert.True(p.PaidOn <= Harness.Today));
        var fees = await db.CrewAssignments.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Fee);
        Assert.All(payouts.SelectMany(p => p.Lines), l => Assert.Equal(fees[l.CrewAssignmentId!.Value], l.Amount));
        Assert.Equal(payouts.Count, payouts.Select(p => p.Number).Distinct().Count());

        // This month's finished jobs are still owed, for the payouts page to pay.
        var owed = await Harness.Get<BookingOps.Domain.Payouts.PayoutDirectory>().OutstandingAsync();
        var monthStart = new DateOnly(Harness.Today.Year, Harness.Today.Month, 1);
        Assert.All(owed, o => Assert.True(o.Amount > 0m));
        Assert.All(
            await db.CrewAssignments.AsNoTracking().Where(a => db.PayoutLines.Any(l => l.CrewAssignmentId == a.Id)).Select(a => a.EndsAt).ToListAsync(),
            end => Assert.True(TestTime.DateOn(end) < monthStart));
    }

    [Fact]
    public async Task Demo_expenses_are_approved_paid_back_or_waiting_and_some_introducers_are_due_approved_or_paid()
    {
        await Harness.Get<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 30, Audited: false, Bookings: 300, Crew: 40, Billing: true, Payouts: true, Expenses: 150, Commissions: 20));

        await using var db = Harness.Db();
        var expenses = await db.Expenses.AsNoTracking().ToListAsync();
        Assert.Equal(150, expenses.Count);
        Assert.Contains(expenses, e => e.Kind == BookingOps.Domain.Expenses.ExpenseKind.Overhead);
        Assert.All(expenses.Where(e => e.Kind == BookingOps.Domain.Expenses.ExpenseKind.Crew), e => Assert.NotNull(e.CrewMemberId));
        Assert.Contains(expenses, e => e.IsPaid);
        Assert.Contains(expenses, e => e.Status == BookingOps.Domain.Expenses.ExpenseStatus.Submitted);
        Assert.All(expenses, e => Assert.True(e.SpentOn <= Harness.Today && e.Tax <= e.Amount));
        var paidBack = await db.PayoutLines.AsNoTracking().Where(l => l.ExpenseId != null && !l.IsReversed).Select(l => l.ExpenseId!.Value).ToListAsync();
        Assert.Equal(expenses.Where(e => e.IsPaid).Select(e => e.Id).Order(), paidBack.Order());
        Assert.Equal(expenses.Count, expenses.Select(e => e.Number).Distinct().Count());

        // Some crew expenses come with the photo of their receipt, stored like one sent from a phone.
        var withReceipts = expenses.Where(e => e.ReceiptFileName is not null).ToList();
        Assert.NotEmpty(withReceipts);
        var store = Harness.Get<BookingOps.Domain.Settings.FileStore>();
        Assert.All(withReceipts, e =>
        {
            Assert.Equal((BookingOps.Domain.Expenses.ExpenseKind.Crew, "image/jpeg"), (e.Kind, e.ReceiptContentType));
            Assert.Equal([0xFF, 0xD8], File.ReadAllBytes(store.PathOf(e.ReceiptFileName!))[..2]);
        });

        var commissions = await Harness.Get<BookingOps.Domain.Commissions.CommissionDirectory>().ListAsync(null, new BookingOps.Domain.Common.PageRequest(0, 100));
        Assert.Equal(20, commissions.TotalCount);
        Assert.Contains(commissions.Items, c => c.State == BookingOps.Domain.Commissions.CommissionState.Paid);
        Assert.All(commissions.Items.Where(c => c.State == BookingOps.Domain.Commissions.CommissionState.Paid), c => Assert.Equal(c.Suggested, c.ApprovedAmount));
    }

    [Fact]
    public async Task Demo_budgets_start_from_templates_or_the_crew_booked_and_some_warn_on_the_dashboard()
    {
        await Harness.Get<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(Customers: 30, Audited: true, Bookings: 300, Crew: 40, Expenses: 150, Budgets: 40));

        await using var db = Harness.Db();
        var templates = await db.BudgetTemplates.AsNoTracking().ToListAsync();
        var bookings = await db.Bookings.AsNoTracking().ToDictionaryAsync(b => b.Id);
        Assert.InRange(templates.Count, 3, 4);
        Assert.All(templates, t => InputValidation.EnsureValid(BudgetTemplateInput.From(t)));
        Assert.All(templates, t => Assert.Contains(t.ServiceType, bookings.Values.Select(b => b.ServiceType)));

        var budgets = await db.Budgets.AsNoTracking().ToListAsync();
        var open = budgets.Count(b => bookings[b.BookingId].Status is BookingStatus.Tentative or BookingStatus.Confirmed or BookingStatus.InProgress);
        Assert.Equal(40, open);
        Assert.Contains(budgets, b => bookings[b.BookingId].Status == BookingStatus.Completed);
        Assert.DoesNotContain(budgets, b => bookings[b.BookingId].Status == BookingStatus.Cancelled);
        Assert.All(budgets, b => InputValidation.EnsureValid(new BudgetInput { Lines = [.. b.Lines.Select(l => new BudgetLineInput { CategoryId = l.CategoryId, Allocated = l.Allocated })] }));
        Assert.Equal(budgets.Count, await db.AuditEntries.Where(e => e.EntityType == nameof(Budget)).Select(e => e.EntityId).Distinct().CountAsync());

        // Most open budgets are fine, and the dashboard card has some nearly used up and some over.
        var watched = await Harness.Get<BudgetDirectory>().WatchAsync(100);
        Assert.Contains(watched, w => w.Alert == BudgetAlert.Nearing);
        Assert.Contains(watched, w => w.Alert == BudgetAlert.Reached);
        Assert.InRange(watched.Count, 2, open / 2);

        // Run again, as the benchmarks top their data up: no template twice, no booking with two budgets.
        await Harness.Get<DemoDataGenerator>().GenerateAsync(new DemoDataOptions(0, Audited: false, Seed: 3, Budgets: 10));
        Assert.Equal(templates.Count, await db.BudgetTemplates.CountAsync());
        Assert.Equal(open + 10, await db.Budgets.CountAsync(b => db.Bookings.Any(x => x.Id == b.BookingId && (x.Status == BookingStatus.Tentative || x.Status == BookingStatus.Confirmed || x.Status == BookingStatus.InProgress))));
    }
}
