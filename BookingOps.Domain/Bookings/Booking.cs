using BookingOps.Domain.Common;

namespace BookingOps.Domain.Bookings;

/// <summary>A job for a customer on a date: what is needed, what it costs, and where it stands.</summary>
public class Booking : IVersioned
{
    public int Id { get; set; }

    public string Number { get; private set; } = string.Empty;

    public int CustomerId { get; private set; }

    public string ServiceType { get; private set; } = string.Empty;

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public string? Address { get; private set; }

    public string? Area { get; private set; }

    public string? State { get; private set; }

    public List<RoleRequirement> RoleRequirements { get; private set; } = [];

    public List<AssetRequirement> AssetRequirements { get; private set; } = [];

    public List<PriceLine> PriceLines { get; private set; } = [];

    public decimal Subtotal { get; private set; }

    public decimal DiscountTotal { get; private set; }

    public decimal TaxTotal { get; private set; }

    public decimal Total { get; private set; }

    public DepositKind DepositKind { get; private set; }

    public decimal DepositValue { get; private set; }

    public decimal DepositAmount { get; private set; }

    public DateOnly? DepositDueDate { get; private set; }

    public DateOnly? FinalDueDate { get; private set; }

    public string? Notes { get; private set; }

    public BookingStatus Status { get; private set; } = BookingStatus.Tentative;

    /// <summary>When a tentative hold lapses; empty once confirmed.</summary>
    public DateTimeOffset? HoldExpiresAt { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public long Version { get; set; }

    public static Booking Create(string number, BookingInput input, BookingSchedule schedule, string currency, DateTimeOffset now)
    {
        if (schedule.HoldExpiresAt is { } hold && hold <= now)
        {
            throw new DomainValidationException(nameof(BookingInput.HoldUntil), "The hold must end in the future.");
        }

        var booking = new Booking { Number = number, CreatedAt = now };
        booking.Apply(input, schedule, currency);
        booking.HoldExpiresAt = schedule.HoldExpiresAt ?? now.Add(DefaultHold);
        return booking;
    }

    /// <summary>How long a new tentative booking holds the date when no expiry is given.</summary>
    public static TimeSpan DefaultHold { get; } = TimeSpan.FromDays(3);

    public bool IsOpen => Status is BookingStatus.Tentative or BookingStatus.Confirmed or BookingStatus.InProgress;

    /// <summary>The edit form and the calendar's move both come here, so the same rules apply to both.</summary>
    public void Update(BookingInput input, BookingSchedule schedule, string currency, DateTimeOffset now)
    {
        if (Status is not (BookingStatus.Tentative or BookingStatus.Confirmed))
        {
            throw new BusinessRuleException($"A booking that is {Describe(Status)} can no longer be changed.");
        }

        Apply(input, schedule, currency);
        if (Status == BookingStatus.Tentative && schedule.HoldExpiresAt is { } hold && hold != HoldExpiresAt)
        {
            if (hold <= now)
            {
                throw new DomainValidationException(nameof(BookingInput.HoldUntil), "The hold must end in the future.");
            }

            HoldExpiresAt = hold;
        }
    }

    public void Confirm() => Move(BookingStatus.Confirmed, from: [BookingStatus.Tentative], "confirmed");

    public void Start() => Move(BookingStatus.InProgress, from: [BookingStatus.Confirmed], "started");

    public void Complete() => Move(BookingStatus.Completed, from: [BookingStatus.InProgress], "completed");

    public void Cancel(string reason)
    {
        var given = Reasons.Required(reason, "Give the reason for cancelling.");
        Move(BookingStatus.Cancelled, from: [BookingStatus.Tentative, BookingStatus.Confirmed, BookingStatus.InProgress], "cancelled");
        CancellationReason = given;
    }

    /// <summary>A tentative booking whose hold has lapsed releases its date.</summary>
    public bool ExpireHold(DateTimeOffset now)
    {
        if (Status != BookingStatus.Tentative || HoldExpiresAt is not { } hold || hold > now)
        {
            return false;
        }

        Cancel("The hold expired before the booking was confirmed.");
        return true;
    }

    public static string Describe(BookingStatus status) => status switch
    {
        BookingStatus.Tentative => "tentative",
        BookingStatus.Confirmed => "confirmed",
        BookingStatus.InProgress => "in progress",
        BookingStatus.Completed => "completed",
        BookingStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };

    private void Move(BookingStatus to, BookingStatus[] from, string verb)
    {
        if (!from.Contains(Status))
        {
            throw new BusinessRuleException($"A booking that is {Describe(Status)} cannot be {verb}.");
        }

        Status = to;
        if (to != BookingStatus.Tentative)
        {
            HoldExpiresAt = null;
        }
    }

    private void Apply(BookingInput input, BookingSchedule schedule, string currency)
    {
        var lines = input.PriceLines.Select(l => BookingPricing.Price(l, currency)).ToList();
        var totals = BookingPricing.Totals(lines);
        var deposit = BookingPricing.Deposit(input.DepositKind, input.DepositValue, totals.Total, currency);
        if (deposit > totals.Total)
        {
            throw new DomainValidationException(nameof(BookingInput.DepositValue), $"The deposit ({deposit:N2}) cannot be more than the total ({totals.Total:N2}).");
        }

        CustomerId = input.CustomerId;
        ServiceType = input.ServiceType.Trim();
        StartsAt = schedule.StartsAt;
        EndsAt = schedule.EndsAt;
        Address = Text.Clean(input.Address);
        Area = Text.Clean(input.Area);
        State = Text.Clean(input.State);
        RoleRequirements = input.RoleRequirements.Select(r => new RoleRequirement { Role = r.Role.Trim(), Count = r.Count }).ToList();
        AssetRequirements = input.AssetRequirements.Select(a => new AssetRequirement { AssetType = a.AssetType.Trim(), Size = Text.Clean(a.Size), Count = a.Count }).ToList();
        PriceLines = lines;
        (Subtotal, DiscountTotal, TaxTotal, Total) = (totals.Subtotal, totals.Discount, totals.Tax, totals.Total);
        DepositKind = input.DepositKind;
        DepositValue = input.DepositValue;
        DepositAmount = deposit;
        DepositDueDate = input.DepositDueDate;
        FinalDueDate = input.FinalDueDate;
        Notes = Text.Clean(input.Notes);
    }
}
