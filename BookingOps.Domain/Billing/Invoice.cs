using System.Globalization;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Billing;

/// <summary>
/// An invoice to a customer, from a booking (deposit or final) or with free lines. It is a draft until
/// issued, when it gets its number; after that its content is fixed and only the ledger (payments and
/// refunds) and a void move its status. A later source (delivery orders) adds its own optional reference
/// beside <see cref="BookingId"/>; lines, totals and the ledger stay as they are.
/// </summary>
public class Invoice : IVersioned
{
    public const string NumberPrefix = "INV";

    public int Id { get; set; }

    /// <summary>INV-2026-00012, given at issue; null while a draft.</summary>
    public string? Number { get; private set; }

    public InvoiceKind Kind { get; private set; }

    public int CustomerId { get; private set; }

    public int? BookingId { get; private set; }

    /// <summary>The delivery order this invoice bills, when it came from one.</summary>
    public int? DeliveryOrderId { get; private set; }

    public string CurrencyCode { get; private set; } = "MYR";

    public List<PriceLine> Lines { get; private set; } = [];

    public List<InvoiceDeduction> Deductions { get; private set; } = [];

    public decimal Subtotal { get; private set; }

    public decimal DiscountTotal { get; private set; }

    public decimal TaxTotal { get; private set; }

    public decimal DeductionTotal { get; private set; }

    /// <summary>What this invoice asks for: the lines' total less deductions.</summary>
    public decimal Total { get; private set; }

    /// <summary>Sum of the payments on it, kept in step with the ledger in the same transaction.</summary>
    public decimal PaidTotal { get; private set; }

    /// <summary>Sum of the processed refunds on it, kept in step like <see cref="PaidTotal"/>.</summary>
    public decimal RefundedTotal { get; private set; }

    public InvoiceStatus Status { get; private set; } = InvoiceStatus.Draft;

    public DateOnly? IssuedOn { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>
    /// The due date the draft carried (e.g. its booking's deposit due date) when it was issued after that
    /// date had passed; the invoice is then due on its issue date instead.
    /// </summary>
    public DateOnly? DueDateMovedFrom { get; private set; }

    public string? Notes { get; private set; }

    public string? VoidReason { get; private set; }

    public DateTimeOffset? VoidedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long Version { get; set; }

    public bool IsDraft => Status == InvoiceStatus.Draft;

    /// <summary>What is still owed on it: nothing on drafts, voided or closed invoices.</summary>
    public decimal Balance => Owed(Status, Total, PaidTotal);

    /// <summary>What was paid and not refunded; refunds may not exceed it.</summary>
    public decimal NetPaid => PaidTotal - RefundedTotal;

    public static Invoice Create(
        InvoiceKind kind, int customerId, int? bookingId, InvoiceInput input, IReadOnlyList<InvoiceDeduction> deductions, string currency, DateTimeOffset now)
    {
        var invoice = new Invoice { Kind = kind, CustomerId = customerId, BookingId = bookingId, CreatedAt = now };
        invoice.Edit(input, deductions, currency);
        return invoice;
    }

    /// <summary>A draft standard invoice billing a delivery order's lines.</summary>
    public static Invoice ForDeliveryOrder(int customerId, int deliveryOrderId, InvoiceInput input, string currency, DateTimeOffset now)
    {
        var invoice = Create(InvoiceKind.Standard, customerId, null, input, [], currency, now);
        invoice.DeliveryOrderId = deliveryOrderId;
        return invoice;
    }

    /// <summary>Replaces a draft's lines, deductions, due date and notes.</summary>
    public void Edit(InvoiceInput input, IReadOnlyList<InvoiceDeduction> deductions, string currency)
    {
        EnsureDraft("changed");
        CurrencyCode = currency;
        Lines = input.Lines.Select(line => BookingPricing.Price(line, currency)).ToList();
        DueDate = input.DueDate;
        Notes = Text.Clean(input.Notes);
        Deduct(deductions);
    }

    /// <summary>Sets what a final invoice deducts; refused if that would leave less than nothing to pay.</summary>
    public void Deduct(IReadOnlyList<InvoiceDeduction> deductions)
    {
        var currency = CurrencyCode;
        EnsureDraft("changed");
        var totals = BookingPricing.Totals(Lines);
        var deducted = deductions.Sum(d => d.Amount);
        if (totals.Total - deducted < 0)
        {
            throw new BusinessRuleException(
                $"Earlier invoices on this booking already ask for {Money.Format(deducted, currency)}, more than this invoice's {Money.Format(totals.Total, currency)}; there is nothing left to invoice.");
        }

        Deductions = [.. deductions];
        (Subtotal, DiscountTotal, TaxTotal, DeductionTotal, Total) = (totals.Subtotal, totals.Discount, totals.Tax, deducted, totals.Total - deducted);
    }

    /// <summary>
    /// Gives a draft its number and issue date; its due date defaults to the payment terms, and one that
    /// has passed since the draft was made moves to the issue date (kept in <see cref="DueDateMovedFrom"/>).
    /// </summary>
    public void Issue(string number, DateOnly issuedOn, int paymentTermsDays)
    {
        EnsureDraft("issued again");
        if (Lines.Count == 0)
        {
            throw new BusinessRuleException("An invoice needs at least one line before it is issued.");
        }

        var due = DueDate ?? issuedOn.AddDays(Math.Max(0, paymentTermsDays));
        if (due < issuedOn)
        {
            (DueDateMovedFrom, due) = (due, issuedOn);
        }

        (Number, IssuedOn, DueDate) = (number, issuedOn, due);
        Settle(0m, 0m);
    }

    /// <summary>
    /// A due date the user types may not lie before today; one carried over unchanged (from the booking or
    /// an earlier save) may, and moves to the issue date when the invoice is issued.
    /// </summary>
    public static void EnsureDueDateTypedAhead(DateOnly? typed, DateOnly? stored, DateOnly today)
    {
        if (typed is { } due && due != stored && due < today)
        {
            throw new DomainValidationException(nameof(DueDate), $"The due date is before today ({today.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}); choose today or later.");
        }
    }

    /// <summary>Voids an issued invoice that holds no money; its number stays taken, so the series has no gap.</summary>
    public void Void(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainValidationException("Reason", "Say why the invoice is voided.");
        }

        if (Status == InvoiceStatus.Voided)
        {
            throw new BusinessRuleException("This invoice is already voided.");
        }

        if (IsDraft)
        {
            throw new BusinessRuleException("A draft has no number yet; delete it instead of voiding it.");
        }

        if (NetPaid != 0m)
        {
            throw new BusinessRuleException($"{Money.Format(NetPaid, CurrencyCode)} has been paid on this invoice; refund it before voiding.");
        }

        (VoidReason, VoidedAt) = (reason.Trim(), now);
        Settle(PaidTotal, RefundedTotal);
    }

    /// <summary>What an invoice in <paramref name="status"/> still asks for; lists use it on their rows too.</summary>
    public static decimal Owed(InvoiceStatus status, decimal total, decimal paid) =>
        status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid ? total - paid : 0m;

    public bool IsOverdue(DateOnly today) => Balance > 0m && DueDate < today;

    /// <summary>A draft's due date that has gone by; issuing it moves the due date to the issue date.</summary>
    public bool DueDateHasPassed(DateOnly today) => IsDraft && DueDate < today;

    /// <summary>Refuses a payment the invoice cannot take: not issued, settled, or more than the balance.</summary>
    public void EnsurePayable(decimal amount)
    {
        var refusal = Status switch
        {
            InvoiceStatus.Draft => "A draft cannot be paid; issue it first.",
            InvoiceStatus.Voided => "This invoice is voided; it takes no payments.",
            InvoiceStatus.Closed => "This invoice is closed after a refund; it takes no more payments.",
            InvoiceStatus.Paid => "This invoice is already paid in full.",
            _ => null,
        };
        if (refusal is not null)
        {
            throw new BusinessRuleException(refusal);
        }

        if (amount > Balance)
        {
            throw new DomainValidationException("Amount", $"The balance is {Money.Format(Balance, CurrencyCode)}; record at most that.");
        }
    }

    /// <summary>Takes the ledger's sums and derives the status from them.</summary>
    public void Settle(decimal paid, decimal refunded)
    {
        (PaidTotal, RefundedTotal) = (paid, refunded);
        Status = (VoidedAt, Number) switch
        {
            ({ }, _) => InvoiceStatus.Voided,
            (_, null) => InvoiceStatus.Draft,
            _ when refunded > 0m => InvoiceStatus.Closed,
            _ when paid >= Total => InvoiceStatus.Paid,
            _ when paid > 0m => InvoiceStatus.PartiallyPaid,
            _ => InvoiceStatus.Issued,
        };
    }

    public static string Describe(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "partially paid",
        _ => status.ToString().ToLowerInvariant(),
    };

    private void EnsureDraft(string verb)
    {
        if (!IsDraft)
        {
            throw new BusinessRuleException($"An invoice that is {Describe(Status)} cannot be {verb}; void it and issue a new one.");
        }
    }
}
