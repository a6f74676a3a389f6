using BookingOps.Domain.Billing;

namespace BookingOps.Domain.DeliveryOrders;

/// <summary>
/// What a driver sends from the field. Each record carries the key of the form (or upload) that sent it,
/// so a double tap or a retry after a dropped connection finds the first record instead of adding another.
/// </summary>
public interface IFieldRecord
{
    int DeliveryOrderId { get; }

    string IdempotencyKey { get; }
}

/// <summary>A photo of the job, re-encoded on the server and stored under a generated name outside the web root.</summary>
public class DeliveryOrderPhoto : IFieldRecord
{
    public long Id { get; set; }

    public int DeliveryOrderId { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public string FileName { get; set; } = string.Empty;

    public int Width { get; set; }

    public int Height { get; set; }

    public int SizeBytes { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public string UploadedBy { get; set; } = string.Empty;
}

/// <summary>
/// Money the driver took on site. Its receipt number comes from the same RCPT series as invoice payments;
/// when the order is invoiced it becomes that invoice's payment under the same number (<see cref="PaymentId"/>).
/// </summary>
public class FieldReceipt : IFieldRecord
{
    public int Id { get; set; }

    public int DeliveryOrderId { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public string ReceiptNumber { get; set; } = string.Empty;

    public PaymentMethod Method { get; set; }

    public decimal Amount { get; set; }

    public DateOnly ReceivedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    /// <summary>The invoice payment this receipt became when the order was invoiced; null until then.</summary>
    public int? PaymentId { get; set; }
}

/// <summary>A lorry's leg for an order: from where to where, when it left and when it arrived.</summary>
public class LorryTrip : IFieldRecord
{
    public int Id { get; set; }

    public int DeliveryOrderId { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public int? LorryId { get; set; }

    public string From { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public DateTimeOffset DepartedAt { get; set; }

    public DateTimeOffset? ArrivedAt { get; set; }

    public string LoggedBy { get; set; } = string.Empty;
}

public enum ProblemKind
{
    CustomerNotHome = 1,
    NoAccess = 2,
    BinBlocked = 3,
    Other = 4,
}

/// <summary>Something that stopped the driver, for the office to sort out.</summary>
public class FieldProblem : IFieldRecord
{
    public int Id { get; set; }

    public int DeliveryOrderId { get; set; }

    public string IdempotencyKey { get; set; } = string.Empty;

    public ProblemKind Kind { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    public string ReportedBy { get; set; } = string.Empty;
}
