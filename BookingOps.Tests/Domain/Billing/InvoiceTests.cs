using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Tests.Domain.Billing;

public sealed class InvoiceTests : BillingTest
{
    [Fact]
    public async Task A_deposit_invoice_asks_for_the_deposit_and_is_numbered_only_when_issued()
    {
        var id = await DraftAsync(InvoiceKind.Deposit);

        var draft = await FindAsync(id);
        Assert.Equal((InvoiceStatus.Draft, (string?)null, 795.00m, new DateOnly(2026, 11, 30)), (draft.Status, draft.Number, draft.Total, draft.DueDate));
        Assert.StartsWith("Deposit for BKG-2026-00001: Wedding dance show, 12 Dec 2026", Assert.Single(draft.Lines).Description, StringComparison.Ordinal);

        var issued = await IssueAsync(id);

        Assert.Equal((InvoiceStatus.Issued, "INV-2026-00001", Today), (issued.Status, issued.Number, issued.IssuedOn));
        var edit = InvoiceInput.From(issued);
        await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<InvoiceService>().UpdateAsync(id, edit));
        await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<InvoiceService>().IssueAsync(id, issued.Version));
    }

    [Fact]
    public async Task The_final_invoice_deducts_a_deposit_paid_before_it_existed_and_the_booking_ends_up_paid()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        await PayAsync(deposit.Id, 795m);
        Assert.Equal(BookingPaymentState.DepositPaid, (await Harness.Get<InvoiceDirectory>().BookingSummaryAsync(Booking)).State);

        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));

        Assert.Equal("Dance show, 4 dancers", Assert.Single(final.Lines).Description);
        var deduction = Assert.Single(final.Deductions);
        Assert.Equal((deposit.Id, "INV-2026-00001", Today, 795m), (deduction.EarlierInvoiceId, deduction.Number, deduction.IssuedOn, deduction.Amount));
        Assert.Equal((2_500m, 150m, 795m, 1_855m), (final.Subtotal, final.TaxTotal, final.DeductionTotal, final.Total));
        Assert.Equal(new DateOnly(2026, 12, 10), final.DueDate);

        await PayAsync(final.Id, 1_000m);
        var part = await Harness.Get<InvoiceDirectory>().BookingSummaryAsync(Booking);
        Assert.Equal((2_650m, 1_795m, 855m, BookingPaymentState.DepositPaid), (part.Invoiced, part.Paid, part.Outstanding, part.State));
        await PayAsync(final.Id, 855m);
        var paid = await Harness.Get<InvoiceDirectory>().BookingSummaryAsync(Booking);
        Assert.Equal((2_650m, 0m, BookingPaymentState.Paid), (paid.Paid, paid.Outstanding, paid.State));
        Assert.Equal(InvoiceStatus.Paid, (await FindAsync(final.Id)).Status);
    }

    [Fact]
    public async Task A_booking_has_one_deposit_and_one_final_invoice_in_a_sensible_order()
    {
        var service = Harness.Get<InvoiceService>();
        var deposit = await DraftAsync(InvoiceKind.Deposit);

        await Assert.ThrowsAsync<BusinessRuleException>(() => DraftAsync(InvoiceKind.Deposit));
        var finalWhileDraft = await Assert.ThrowsAsync<BusinessRuleException>(() => DraftAsync(InvoiceKind.Final));
        Assert.Contains("still a draft", finalWhileDraft.Message, StringComparison.Ordinal);

        await IssueAsync(deposit);
        await DraftAsync(InvoiceKind.Final);
        await Assert.ThrowsAsync<BusinessRuleException>(() => DraftAsync(InvoiceKind.Final));

        var noDeposit = BookingInputs.Valid(Customer);
        noDeposit.DepositValue = 0m;
        var other = await Harness.Get<BookingService>().CreateAsync(noDeposit);
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateForBookingAsync(other, InvoiceKind.Deposit));
        await Harness.Get<BookingService>().CancelAsync(other, 0, "Client postponed");
        await Assert.ThrowsAsync<BusinessRuleException>(() => service.CreateForBookingAsync(other, InvoiceKind.Final));
    }

    [Fact]
    public async Task A_voided_deposit_is_not_deducted_and_deductions_are_read_again_at_issue()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var final = await DraftAsync(InvoiceKind.Final);
        Assert.Equal(1_855m, (await FindAsync(final)).Total);

        await AsAdminAsync(() => Harness.Get<InvoiceService>().VoidAsync(deposit.Id, deposit.Version, "Client pays everything at once"));
        var issued = await IssueAsync(final);

        Assert.Empty(issued.Deductions);
        Assert.Equal(2_650m, issued.Total);
        Assert.Equal("INV-2026-00002", issued.Number);
    }

    [Fact]
    public async Task A_standard_invoice_rounds_each_line_then_adds_up()
    {
        var id = await Harness.Get<InvoiceService>().CreateAsync(new InvoiceInput
        {
            CustomerId = Customer,
            Lines =
            [
                new PriceLineInput { Description = "Bin wash", Quantity = 3, UnitPrice = 19.99m, DiscountPercent = 10m, TaxRatePercent = 6m },
                new PriceLineInput { Description = "Extra tonnage", Quantity = 1.5m, UnitPrice = 10.05m },
            ],
        });

        var invoice = await FindAsync(id);

        // 59.97 less 6.00 (5.997 rounded) = 53.97, tax 3.24 (3.2382); 15.075 rounds away from zero to 15.08.
        Assert.Equal([57.21m, 15.08m], invoice.Lines.Select(l => l.LineTotal));
        Assert.Equal((75.05m, 6.00m, 3.24m, 72.29m), (invoice.Subtotal, invoice.DiscountTotal, invoice.TaxTotal, invoice.Total));
        Assert.Equal((InvoiceKind.Standard, (int?)null), (invoice.Kind, invoice.BookingId));
        var issued = await IssueAsync(id);
        Assert.Equal(Today.AddDays(14), issued.DueDate);
    }

    [Fact]
    public async Task An_invoice_without_lines_a_tax_rate_over_100_or_a_due_date_typed_before_today_is_refused_and_nothing_is_saved()
    {
        var service = Harness.Get<InvoiceService>();

        var empty = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(new InvoiceInput { CustomerId = Customer }));
        Assert.Contains(nameof(InvoiceInput.Lines), empty.Errors.Keys);
        var tax = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(new InvoiceInput
        {
            CustomerId = Customer,
            Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 10m, TaxRatePercent = 101m }],
        }));
        Assert.Contains("Lines[0].TaxRatePercent", tax.Errors.Keys);
        await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(new InvoiceInput
        {
            CustomerId = Customer,
            Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = -10m }],
        }));

        var typedLate = await Assert.ThrowsAsync<DomainValidationException>(() => service.CreateAsync(new InvoiceInput
        {
            CustomerId = Customer,
            DueDate = Today.AddDays(-1),
            Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 10m }],
        }));
        Assert.Equal("The due date is before today (21 Nov 2026); choose today or later.", Assert.Single(typedLate.Errors[nameof(Invoice.DueDate)]));

        var draft = await service.CreateAsync(new InvoiceInput
        {
            CustomerId = Customer,
            DueDate = Today,
            Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 10m }],
        });
        var edit = InvoiceInput.From(await FindAsync(draft));
        edit.DueDate = Today.AddDays(-2);
        var editedLate = await Assert.ThrowsAsync<DomainValidationException>(() => service.UpdateAsync(draft, edit));
        Assert.Contains(nameof(Invoice.DueDate), editedLate.Errors.Keys);

        await using var db = Harness.Db();
        var invoices = await db.Invoices.ToListAsync();
        Assert.Equal((InvoiceStatus.Draft, (DateOnly?)Today), (Assert.Single(invoices).Status, invoices[0].DueDate));
        Assert.Empty(await db.NumberSeries.Where(n => n.Key.StartsWith("INV")).ToListAsync());
    }

    [Fact]
    public async Task A_draft_issued_after_its_due_date_passed_is_due_on_the_issue_date_and_keeps_the_date_it_had()
    {
        var deposit = await DraftAsync(InvoiceKind.Deposit);
        Harness.Clock.SetUtcNow(TestTime.Instant(TestTime.At(12, 9)));
        var draft = await FindAsync(deposit);
        Assert.True(draft.DueDateHasPassed(Harness.Today));

        // Saving the draft unchanged keeps the date it carried over from the booking.
        await Harness.Get<InvoiceService>().UpdateAsync(deposit, InvoiceInput.From(draft));
        var issued = await IssueAsync(deposit);

        Assert.Equal(
            ((DateOnly?)TestTime.Today.AddDays(12), (DateOnly?)TestTime.Today.AddDays(12), (DateOnly?)BookingInputs.Valid(Customer).DepositDueDate),
            (issued.IssuedOn, issued.DueDate, issued.DueDateMovedFrom));
        Assert.False(issued.IsOverdue(Harness.Today));
        Assert.Null((await IssueAsync(await DraftAsync(InvoiceKind.Final))).DueDateMovedFrom);
    }

    [Fact]
    public async Task Only_an_admin_voids_with_a_reason_and_never_while_money_is_held()
    {
        var service = Harness.Get<InvoiceService>();
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));

        await Assert.ThrowsAsync<BusinessRuleException>(() => service.VoidAsync(deposit.Id, deposit.Version, "Wrong amount"));
        await AsAdminAsync(() => Assert.ThrowsAsync<DomainValidationException>(() => service.VoidAsync(deposit.Id, deposit.Version, " ")));
        await PayAsync(deposit.Id, 100m);
        var paid = await FindAsync(deposit.Id);
        await AsAdminAsync(async () =>
        {
            var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => service.VoidAsync(paid.Id, paid.Version, "Wrong amount"));
            Assert.Contains("100.00 has been paid", refusal.Message, StringComparison.Ordinal);
        });

        var other = await service.CreateAsync(new InvoiceInput { CustomerId = Customer, Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 10m }] });
        await AsAdminAsync(() => Assert.ThrowsAsync<BusinessRuleException>(() => service.VoidAsync(other, 0, "Typo")));
        var issued = await IssueAsync(other);
        await AsAdminAsync(() => service.VoidAsync(issued.Id, issued.Version, "Typo in the customer's name"));

        var voided = await FindAsync(other);
        Assert.Equal((InvoiceStatus.Voided, "INV-2026-00002", "Typo in the customer's name"), (voided.Status, voided.Number, voided.VoidReason));
        await Assert.ThrowsAsync<BusinessRuleException>(() => PayAsync(other, 10m));
    }

    [Fact]
    public async Task A_draft_is_deleted_not_voided_and_a_stale_edit_is_refused()
    {
        var service = Harness.Get<InvoiceService>();
        var id = await service.CreateAsync(new InvoiceInput { CustomerId = Customer, Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 10m }] });
        var first = InvoiceInput.From(await FindAsync(id));
        var second = InvoiceInput.From(await FindAsync(id));
        first.Notes = "Thank you";
        await service.UpdateAsync(id, first);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.UpdateAsync(id, second));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => service.DeleteDraftAsync(id, 0));
        await service.DeleteDraftAsync(id, 1);
        Assert.Null(await Harness.Get<InvoiceDirectory>().FindAsync(id));
    }

    [Fact]
    public async Task An_issued_invoice_cannot_be_deleted_only_voided()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));

        var refusal = await Assert.ThrowsAsync<BusinessRuleException>(() => Harness.Get<InvoiceService>().DeleteDraftAsync(deposit.Id, deposit.Version));

        Assert.Contains("Only a draft can be deleted", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("INV-2026-00001", (await FindAsync(deposit.Id)).Number);
    }

    [Fact]
    public async Task Invoices_issued_at_once_get_consecutive_numbers_without_gaps_or_duplicates()
    {
        var service = Harness.Get<InvoiceService>();
        var drafts = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            drafts.Add(await service.CreateAsync(new InvoiceInput { CustomerId = Customer, Lines = [new PriceLineInput { Description = $"Line {i}", Quantity = 1, UnitPrice = 10m }] }));
        }

        // Every third fails after taking its number (a stale version), which must not leave a gap.
        await Task.WhenAll(drafts.Select((id, i) => Task.Run(async () =>
        {
            try
            {
                await Harness.Get<InvoiceService>().IssueAsync(id, i % 3 == 0 ? 99 : 0);
            }
            catch (ConcurrencyConflictException)
            {
            }
        })));

        await using var db = Harness.Db();
        var numbers = await db.Invoices.Where(i => i.Number != null).OrderBy(i => i.Number).Select(i => i.Number).ToListAsync();
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"INV-2026-{n:D5}"), numbers);
    }

    [Theory]
    [InlineData(0, 0, InvoiceStatus.Issued)]
    [InlineData(10, 0, InvoiceStatus.PartiallyPaid)]
    [InlineData(100, 0, InvoiceStatus.Paid)]
    [InlineData(100, 40, InvoiceStatus.Closed)]
    [InlineData(10, 10, InvoiceStatus.Closed)]
    public void The_status_follows_the_ledger(decimal paid, decimal refunded, InvoiceStatus expected)
    {
        var invoice = Invoice.Create(
            InvoiceKind.Standard, 1, null, new InvoiceInput { Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 100m }] }, [], "MYR", DateTimeOffset.UnixEpoch);
        Assert.Equal(InvoiceStatus.Draft, invoice.Status);
        invoice.Issue("INV-2026-00001", Today, 14);

        invoice.Settle(paid, refunded);

        Assert.Equal(expected, invoice.Status);
        Assert.Equal(expected is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid ? 100m - paid : 0m, invoice.Balance);
    }

    [Fact]
    public async Task The_list_filters_by_status_customer_dates_and_overdue_and_finds_by_number_or_phone()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var otherCustomer = await Harness.Get<BookingOps.Domain.Customers.CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Lim Renovation", phone: "019-777 1111"));
        var draft = await Harness.Get<InvoiceService>().CreateAsync(new InvoiceInput { CustomerId = otherCustomer, Lines = [new PriceLineInput { Description = "Bin", Quantity = 1, UnitPrice = 10m }] });
        var directory = Harness.Get<InvoiceDirectory>();

        Assert.Equal<int>([draft, deposit.Id], (await directory.ListAsync(new InvoiceListQuery())).Items.Select(i => i.Id));
        Assert.Equal([deposit.Id], (await directory.ListAsync(new InvoiceListQuery(Status: InvoiceStatus.Issued))).Items.Select(i => i.Id));
        Assert.Equal([draft], (await directory.ListAsync(new InvoiceListQuery(CustomerId: otherCustomer))).Items.Select(i => i.Id));
        Assert.Equal([deposit.Id], (await directory.ListAsync(new InvoiceListQuery(IssuedFrom: Today, IssuedTo: Today))).Items.Select(i => i.Id));
        Assert.Equal([deposit.Id], (await directory.ListAsync(new InvoiceListQuery(Search: "inv-2026-0000"))).Items.Select(i => i.Id));
        Assert.Equal([draft], (await directory.ListAsync(new InvoiceListQuery(Search: "019-777"))).Items.Select(i => i.Id));
        Assert.Empty((await directory.ListAsync(new InvoiceListQuery(OverdueOnly: true))).Items);

        Harness.Clock.Advance(TimeSpan.FromDays(10));
        var overdue = Assert.Single((await directory.ListAsync(new InvoiceListQuery(OverdueOnly: true))).Items);
        Assert.Equal((deposit.Id, 795m), (overdue.Id, overdue.Balance));
        Assert.True(overdue.IsOverdue(Harness.Today));
        Assert.Equal(795m, await directory.OutstandingAsync(Customer));
    }

    [Fact]
    public async Task The_booking_list_and_the_dashboard_follow_payments()
    {
        var deposit = await IssueAsync(await DraftAsync(InvoiceKind.Deposit));
        var dashboard = Harness.Get<BookingOps.Domain.Dashboard.DashboardQuery>();
        Harness.Clock.SetUtcNow(TestTime.Instant(TestTime.At(4, 10)));
        Assert.Equal([Booking], (await dashboard.GetAsync()).DepositsDue.Select(d => d.BookingId));

        await PayAsync(deposit.Id, 795m);

        var row = Assert.Single((await Harness.Get<BookingDirectory>().ListAsync(new BookingListQuery())).Items);
        Assert.Equal((BookingPaymentState.DepositPaid, 795m), (row.PaymentState, row.Paid));
        var data = await dashboard.GetAsync();
        Assert.Empty(data.DepositsDue);
        Assert.Equal((795m, 1), (data.Money.ReceivedToday, data.Money.PaymentsToday));
        Harness.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal((0m, 0), ((await dashboard.GetAsync()).Money.ReceivedToday, (await dashboard.GetAsync()).Money.PaymentsToday));

        var final = await IssueAsync(await DraftAsync(InvoiceKind.Final));
        Harness.Clock.SetUtcNow(TestTime.Instant(TestTime.At(20, 10)));
        Assert.Equal((1, 1_855m), ((await dashboard.GetAsync()).Money.OverdueInvoices, (await dashboard.GetAsync()).Money.OverdueAmount));
        Assert.Equal(final.Id, Assert.Single((await Harness.Get<InvoiceDirectory>().ListAsync(new InvoiceListQuery(OverdueOnly: true))).Items).Id);
    }

    [Fact]
    public async Task Numbers_taken_a_minute_either_side_of_new_year_in_the_business_zone_land_in_their_years_series_without_a_gap()
    {
        var service = Harness.Get<InvoiceService>();
        async Task<Invoice> IssueStandardAsync() => await IssueAsync(await service.CreateAsync(new InvoiceInput
        {
            CustomerId = Customer,
            Lines = [new PriceLineInput { Description = "Bin hire", Quantity = 1, UnitPrice = 100m }],
        }));

        // 23:59 on 31 Dec in Kuala Lumpur is 15:59 UTC; two minutes later it is New Year there, not yet in UTC.
        Harness.Clock.SetUtcNow(TestTime.Instant(new DateTime(2026, 12, 31, 23, 59, 0)));
        var december = new[] { await IssueStandardAsync(), await IssueStandardAsync() };
        var decemberReceipt = await PayAsync(december[0].Id, 10m);
        Harness.Clock.Advance(TimeSpan.FromMinutes(2));
        var january = await IssueStandardAsync();
        var januaryReceipts = new[] { await PayAsync(december[1].Id, 10m), await PayAsync(january.Id, 10m) };

        Assert.Equal(
            ["INV-2026-00001 2026-12-31", "INV-2026-00002 2026-12-31", "INV-2027-00001 2027-01-01"],
            december.Append(january).Select(i => $"{i.Number} {i.IssuedOn:yyyy-MM-dd}"));
        Assert.Equal(
            ["RCPT-2026-00001", "RCPT-2027-00001", "RCPT-2027-00002"],
            januaryReceipts.Prepend(decemberReceipt).Select(r => r.ReceiptNumber));
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 16, 1, 0, TimeSpan.Zero), Harness.Clock.GetUtcNow());
    }
}
