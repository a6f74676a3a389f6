using System.Globalization;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Numbering;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Billing;

/// <summary>Creates, edits, issues and voids invoices. Numbers are taken at issue inside the saving transaction.</summary>
public sealed class InvoiceService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    BusinessSettingsService settings,
    ICurrentActor actor,
    TimeProvider clock)
{
    public const string ConflictMessage = "Someone else changed this invoice while you were looking at it. Reload to see their changes, then try again.";

    /// <summary>A standard invoice with free lines for a customer.</summary>
    public async Task<int> CreateAsync(InvoiceInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        Invoice.EnsureDueDateTypedAhead(input.DueDate, null, await calendar.TodayAsync());
        var currency = await calendar.CurrencyAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Customers.AnyAsync(c => c.Id == input.CustomerId && !c.IsArchived, cancellationToken))
        {
            throw new DomainValidationException(nameof(InvoiceInput.CustomerId), "Choose a customer.");
        }

        var invoice = Invoice.Create(InvoiceKind.Standard, input.CustomerId, null, input, [], currency, clock.GetUtcNow());
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        return invoice.Id;
    }

    /// <summary>
    /// A draft deposit invoice (the booking's deposit) or final invoice (the booking's price lines, less
    /// every invoice already issued on it).
    /// </summary>
    public async Task<int> CreateForBookingAsync(int bookingId, InvoiceKind kind, CancellationToken cancellationToken = default)
    {
        if (kind is not (InvoiceKind.Deposit or InvoiceKind.Final))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "A booking gets deposit and final invoices.");
        }

        var currency = await calendar.CurrencyAsync();
        var zone = await calendar.ZoneAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var booking = await db.Bookings.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bookingId, cancellationToken)
            ?? throw new BusinessRuleException("This booking no longer exists.");
        if (booking.Status == BookingStatus.Cancelled)
        {
            throw new BusinessRuleException("A cancelled booking is not invoiced.");
        }

        if (kind == InvoiceKind.Deposit && booking.DepositAmount <= 0m)
        {
            throw new BusinessRuleException("This booking asks for no deposit.");
        }

        await EnsureFitsAsync(db, booking.Id, kind, null, cancellationToken);
        var input = kind == InvoiceKind.Deposit
            ? new InvoiceInput
            {
                Lines =
                [
                    new PriceLineInput
                    {
                        Description = $"Deposit for {booking.Number}: {booking.ServiceType}, {TimeZoneInfo.ConvertTime(booking.StartsAt, zone).ToString("d MMM yyyy", CultureInfo.InvariantCulture)}",
                        Quantity = 1,
                        UnitPrice = booking.DepositAmount,
                    },
                ],
                DueDate = booking.DepositDueDate,
            }
            : new InvoiceInput { Lines = booking.PriceLines.Select(PriceLineInput.From).ToList(), DueDate = booking.FinalDueDate };
        if (input.Lines.Count == 0)
        {
            throw new BusinessRuleException("This booking has no price lines to invoice.");
        }

        var deductions = kind == InvoiceKind.Final ? await DeductionsAsync(db, booking.Id, null, cancellationToken) : [];
        var invoice = Invoice.Create(kind, booking.CustomerId, booking.Id, input, deductions, currency, clock.GetUtcNow());
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invoice.Id;
    }

    /// <summary>
    /// A draft invoice of a delivery order's lines (at the business's tax rate); the order shows invoiced
    /// from then on. Cash the driver took is carried over when the invoice is issued.
    /// </summary>
    public async Task<int> CreateForDeliveryOrderAsync(int orderId, long version, CancellationToken cancellationToken = default)
    {
        var currency = await calendar.CurrencyAsync();
        var taxRate = Decimals.Trimmed((await settings.GetAsync(cancellationToken))?.TaxRatePercent ?? 0m);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await db.DeliveryOrders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
            ?? throw new BusinessRuleException("This order no longer exists.");
        if (order.Version != version)
        {
            throw new ConcurrencyConflictException("Someone else changed this order meanwhile. Reload it, then try again.");
        }

        order.MarkInvoiced();
        var input = InvoiceInput.ForDeliveryOrder(order, taxRate);
        var invoice = Invoice.ForDeliveryOrder(order.CustomerId, order.Id, input, currency, clock.GetUtcNow());
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return invoice.Id;
    }

    /// <summary>Carries cash a driver took after the order's invoice was issued onto that invoice.</summary>
    public async Task ReconcileFieldReceiptsAsync(int orderId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await FieldReceiptReconciliation.LiveInvoiceAsync(db, orderId, cancellationToken) is { } invoice)
        {
            await FieldReceiptReconciliation.ReconcileAsync(db, invoice, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task UpdateAsync(int id, InvoiceInput input, CancellationToken cancellationToken = default)
    {
        InputValidation.EnsureValid(input);
        var currency = await calendar.CurrencyAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await LoadAsync(db, id, cancellationToken);
        Invoice.EnsureDueDateTypedAhead(input.DueDate, invoice.DueDate, await calendar.TodayAsync());
        var deductions = invoice is { Kind: InvoiceKind.Final, BookingId: { } booking } ? await DeductionsAsync(db, booking, invoice.Id, cancellationToken) : [];
        invoice.Edit(input, deductions, currency);
        await db.SaveVersionedAsync(invoice, input.Version, ConflictMessage, cancellationToken);
    }

    public async Task DeleteDraftAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await LoadAsync(db, id, cancellationToken);
        if (!invoice.IsDraft)
        {
            throw new BusinessRuleException("Only a draft can be deleted; an issued invoice is voided instead.");
        }

        if (invoice.Version != version)
        {
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        db.Invoices.Remove(invoice);
        await ReleaseOrderAsync(db, invoice, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Numbers the draft (INV-2026-00012, per year, no gaps) and fixes its content; a final invoice re-reads what it deducts.</summary>
    public async Task IssueAsync(int id, long version, CancellationToken cancellationToken = default)
    {
        var terms = (await settings.GetAsync(cancellationToken))?.PaymentTermsDays ?? 0;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var invoice = await LoadAsync(db, id, cancellationToken);
        if (invoice.Version != version)
        {
            throw new ConcurrencyConflictException(ConflictMessage);
        }

        if (invoice.BookingId is { } bookingId)
        {
            await EnsureFitsAsync(db, bookingId, invoice.Kind, invoice.Id, cancellationToken);
            if (invoice.Kind == InvoiceKind.Final)
            {
                invoice.Deduct(await DeductionsAsync(db, bookingId, invoice.Id, cancellationToken));
            }
        }

        var today = await calendar.TodayAsync();
        invoice.Issue(await DocumentNumbers.NextAsync(db, Invoice.NumberPrefix, today.Year, cancellationToken), today, terms);
        await db.SaveVersionedAsync(invoice, version, ConflictMessage, cancellationToken);
        await FieldReceiptReconciliation.ReconcileAsync(db, invoice, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Admin only, with a reason, and only while no money is held on the invoice.</summary>
    public async Task VoidAsync(int id, long version, string reason, CancellationToken cancellationToken = default)
    {
        if (!(await actor.GetAsync(cancellationToken)).IsAdmin)
        {
            throw new BusinessRuleException("Only an Admin can void an invoice.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var invoice = await LoadAsync(db, id, cancellationToken);
        if (await db.Refunds.AnyAsync(r => r.InvoiceId == id && (r.Status == RefundStatus.Pending || r.Status == RefundStatus.Approved), cancellationToken))
        {
            throw new BusinessRuleException("A refund on this invoice is still open; process or reject it first.");
        }

        invoice.Void(reason, clock.GetUtcNow());
        await ReleaseOrderAsync(db, invoice, cancellationToken);
        await db.SaveVersionedAsync(invoice, version, ConflictMessage, cancellationToken);
    }

    /// <summary>A deleted or voided invoice of a delivery order leaves the order waiting for an invoice again.</summary>
    private static async Task ReleaseOrderAsync(BookingOpsDbContext db, Invoice invoice, CancellationToken cancellationToken)
    {
        if (invoice.DeliveryOrderId is { } orderId && await db.DeliveryOrders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken) is { } order)
        {
            order.ReleaseInvoice();
        }
    }

    /// <summary>One live deposit and one live final invoice per booking, and never a deposit once the final exists.</summary>
    private static async Task EnsureFitsAsync(BookingOpsDbContext db, int bookingId, InvoiceKind kind, int? self, CancellationToken cancellationToken)
    {
        var others = await db.Invoices.AsNoTracking()
            .Where(i => i.BookingId == bookingId && i.Id != self && i.Status != InvoiceStatus.Voided)
            .Select(i => new { i.Kind, i.Number, i.Status })
            .ToListAsync(cancellationToken);
        string Name(InvoiceKind k) => others.First(o => o.Kind == k).Number ?? "a draft";
        if (kind != InvoiceKind.Standard && others.Any(o => o.Kind == kind))
        {
            throw new BusinessRuleException($"This booking already has a {kind.ToString().ToLowerInvariant()} invoice ({Name(kind)}); void or delete it first.");
        }

        if (kind == InvoiceKind.Deposit && others.Any(o => o.Kind == InvoiceKind.Final))
        {
            throw new BusinessRuleException($"This booking already has its final invoice ({Name(InvoiceKind.Final)}), which asks for the whole price.");
        }

        if (kind == InvoiceKind.Final && others.Any(o => o.Status == InvoiceStatus.Draft))
        {
            throw new BusinessRuleException("Another invoice on this booking is still a draft; issue or delete it first, so the final invoice can deduct it.");
        }
    }

    private static async Task<List<InvoiceDeduction>> DeductionsAsync(BookingOpsDbContext db, int bookingId, int? self, CancellationToken cancellationToken) =>
        await db.Invoices.AsNoTracking()
            .Standing()
            .Where(i => i.BookingId == bookingId && i.Id != self && i.Kind != InvoiceKind.Final)
            .OrderBy(i => i.IssuedOn).ThenBy(i => i.Id)
            .Select(i => new InvoiceDeduction { EarlierInvoiceId = i.Id, Number = i.Number!, IssuedOn = i.IssuedOn!.Value, Amount = i.Total })
            .ToListAsync(cancellationToken);

    private static async Task<Invoice> LoadAsync(BookingOpsDbContext db, int id, CancellationToken cancellationToken) =>
        await db.Invoices.SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("This invoice no longer exists.");
}
