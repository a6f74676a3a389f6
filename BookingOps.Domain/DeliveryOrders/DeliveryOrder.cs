using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>
/// A delivery order (job sheet): a bin or load taken to a customer's site and back. It is numbered when
/// issued (DO-2026-00045) and may carry the number of its page in the paper DO book.
/// </summary>
public class DeliveryOrder : IVersioned
{
    public const string NumberPrefix = "DO";

    /// <summary>Photos a driver must take before an order can be completed in the field.</summary>
    public const int PhotosToComplete = 3;

    public int Id { get; set; }

    public string? Number { get; private set; }

    public string? BookSeries { get; private set; }

    public string? BookNumber { get; private set; }

    public int CustomerId { get; private set; }

    public int? BookingId { get; private set; }

    public DeliveryOrderKind Kind { get; private set; } = DeliveryOrderKind.Delivery;

    public DateOnly ScheduledOn { get; private set; }

    public string SiteAddress { get; private set; } = string.Empty;

    public string? Area { get; private set; }

    public int? DriverId { get; private set; }

    public int? LorryId { get; private set; }

    public int? BinId { get; private set; }

    public string? BinSize { get; private set; }

    public decimal? WeightKg { get; private set; }

    public PaymentMethod? PaymentMethod { get; private set; }

    public decimal? PaymentAmount { get; private set; }

    public int RentalDays { get; private set; }

    public string? Notes { get; private set; }

    public List<DeliveryOrderLine> Lines { get; private set; } = [];

    public decimal Total { get; private set; }

    public DeliveryOrderStatus Status { get; private set; } = DeliveryOrderStatus.Draft;

    public DateOnly? IssuedOn { get; private set; }

    public FieldStage Stage { get; private set; } = FieldStage.NotStarted;

    public DateTimeOffset? StageReachedAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Why an Admin let the order go ahead although its driver, lorry or bin clashed; kept with the order.</summary>
    public string? OverrideReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long Version { get; set; }

    /// <summary>The steps the office may take from here, for the page's buttons.</summary>
    public IReadOnlyList<DeliveryOrderStatus> NextSteps => Status switch
    {
        DeliveryOrderStatus.Draft => [DeliveryOrderStatus.Issued, DeliveryOrderStatus.Cancelled],
        DeliveryOrderStatus.Issued => [DeliveryOrderStatus.PendingInvoice, DeliveryOrderStatus.Invoiced, DeliveryOrderStatus.Cancelled],
        DeliveryOrderStatus.PendingInvoice => [DeliveryOrderStatus.Invoiced, DeliveryOrderStatus.Cancelled],
        DeliveryOrderStatus.Invoiced => [DeliveryOrderStatus.Closed],
        _ => [],
    };

    /// <summary>Drafts and issued orders may still be corrected; after the field work they may not.</summary>
    public bool CanEdit => Status is DeliveryOrderStatus.Draft or DeliveryOrderStatus.Issued;

    public static DeliveryOrder Create(DeliveryOrderInput input, string currencyCode, DateTimeOffset now)
    {
        var order = new DeliveryOrder { CustomerId = input.CustomerId, BookingId = input.BookingId, CreatedAt = now };
        order.Apply(input, currencyCode);
        return order;
    }

    public void Update(DeliveryOrderInput input, string currencyCode)
    {
        if (!CanEdit)
        {
            throw new BusinessRuleException($"An order that is {Describe(Status)} can no longer be changed.");
        }

        CustomerId = input.CustomerId;
        Apply(input, currencyCode);
    }

    public void AllowConflicts(string? reason) => OverrideReason = reason;

    public bool SameAssignment(DeliveryOrderInput input) =>
        (DriverId, LorryId, BinId, ScheduledOn, Kind, CustomerId) == (input.DriverId, input.LorryId, input.BinId, input.ScheduledOn, input.Kind, input.CustomerId);

    public void Issue(string number, DateOnly today)
    {
        Move(DeliveryOrderStatus.Issued, "issued");
        (Number, IssuedOn) = (number, today);
    }

    /// <summary>The field work is done: the order waits for its invoice.</summary>
    public void AwaitInvoice() => Move(DeliveryOrderStatus.PendingInvoice, "marked done");

    public void MarkInvoiced()
    {
        if (!CanInvoice)
        {
            throw new BusinessRuleException($"An order that is {Describe(Status)} cannot be invoiced; only an issued order, or one pending its invoice, can.");
        }

        Status = DeliveryOrderStatus.Invoiced;
    }

    /// <summary>Its invoice was deleted as a draft or voided: the order waits for an invoice again.</summary>
    public void ReleaseInvoice()
    {
        if (Status == DeliveryOrderStatus.Invoiced)
        {
            Status = DeliveryOrderStatus.PendingInvoice;
        }
    }

    public void Close() => Move(DeliveryOrderStatus.Closed, "closed");

    public void Cancel(string reason)
    {
        var given = Reasons.Required(reason, "Give the reason for cancelling.");
        Move(DeliveryOrderStatus.Cancelled, "cancelled");
        CancellationReason = given;
    }

    /// <summary>The driver's next tap, or null when the order is not out in the field (an order may be invoiced before the work).</summary>
    public FieldStage? NextStage => Status is DeliveryOrderStatus.Issued or DeliveryOrderStatus.Invoiced && Stage < FieldStage.Done ? Stage + 1 : null;

    /// <summary>Photos, cash, trips and problems may come from the field from issue until the order is closed or cancelled.</summary>
    public bool TakesFieldRecords => Status is DeliveryOrderStatus.Issued or DeliveryOrderStatus.PendingInvoice or DeliveryOrderStatus.Invoiced;

    /// <summary>Only an issued order, or one whose work is done, is invoiced (PRODUCT.md).</summary>
    public bool CanInvoice => Status is DeliveryOrderStatus.Issued or DeliveryOrderStatus.PendingInvoice;

    /// <summary>An order is sent to its customer once issued (it has its number), and not after it is cancelled.</summary>
    public bool CanEmail => Number is not null && Status != DeliveryOrderStatus.Cancelled;

    /// <summary>
    /// Takes the driver's step. Asking for a step already taken changes nothing and returns false, so a
    /// repeated tap or a retried request is harmless; skipping a step, or completing with fewer than
    /// <see cref="PhotosToComplete"/> photos, is refused. Completing leaves the order waiting for its invoice.
    /// </summary>
    public bool Advance(FieldStage to, int photos, DateTimeOffset now)
    {
        if (Stage >= to)
        {
            return false;
        }

        if (NextStage is not { } next)
        {
            throw new BusinessRuleException($"This order is {Describe(Status)}; there is nothing more to do on it in the field.");
        }

        if (to != next)
        {
            throw new BusinessRuleException($"First mark the order \"{StageLabel(next, Kind)}\".");
        }

        if (to == FieldStage.Done && photos < PhotosToComplete)
        {
            throw new BusinessRuleException($"Take at least {PhotosToComplete} photos before completing the order ({photos} so far).");
        }

        (Stage, StageReachedAt) = (to, now);
        if (to == FieldStage.Done && Status == DeliveryOrderStatus.Issued)
        {
            AwaitInvoice();
        }

        return true;
    }

    /// <summary>Where the job stands for the driver: the last step taken, or that it was cancelled.</summary>
    public static string FieldProgress(DeliveryOrderStatus status, FieldStage stage, DeliveryOrderKind kind) =>
        status == DeliveryOrderStatus.Cancelled ? "Cancelled" : StageLabel(stage, kind);

    public static string StageLabel(FieldStage stage, DeliveryOrderKind kind) => stage switch
    {
        FieldStage.NotStarted => "Not started",
        FieldStage.HeadingThere => "Heading there",
        FieldStage.OnSite => "On site",
        FieldStage.Handover => kind == DeliveryOrderKind.Collection ? "Collected" : "Delivered",
        _ => "Done",
    };

    public static string Describe(DeliveryOrderStatus status) => status switch
    {
        DeliveryOrderStatus.PendingInvoice => "pending invoice",
        _ => status.ToString().ToLowerInvariant(),
    };

    private void Move(DeliveryOrderStatus to, string verb)
    {
        if (!NextSteps.Contains(to))
        {
            throw new BusinessRuleException($"An order that is {Describe(Status)} cannot be {verb}.");
        }

        Status = to;
    }

    private void Apply(DeliveryOrderInput input, string currencyCode)
    {
        Kind = input.Kind;
        ScheduledOn = input.ScheduledOn;
        SiteAddress = input.SiteAddress.Trim();
        Area = Text.Clean(input.Area);
        (BookSeries, BookNumber) = (Text.Clean(input.BookSeries)?.ToUpperInvariant(), Text.Clean(input.BookNumber));
        (DriverId, LorryId, BinId, BinSize) = (input.DriverId, input.LorryId, input.BinId, Text.Clean(input.BinSize));
        (WeightKg, PaymentMethod, PaymentAmount, RentalDays) = (input.WeightKg, input.PaymentMethod, input.PaymentAmount, input.RentalDays);
        Notes = Text.Clean(input.Notes);
        Lines = input.Lines.Select(l => new DeliveryOrderLine
        {
            Description = l.Description.Trim(),
            Quantity = l.Quantity,
            Unit = l.Unit.Trim(),
            UnitPrice = l.UnitPrice,
            Amount = Money.Round(l.Quantity * l.UnitPrice, currencyCode),
        }).ToList();
        Total = Lines.Sum(l => l.Amount);
    }
}
