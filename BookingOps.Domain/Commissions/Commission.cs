using System.Globalization;
using System.Linq.Expressions;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.Commissions;

/// <summary>
/// What an introducer (a named person, or a customer) earns for bringing a booking or delivery order
/// (COM-2026-00007): a percentage of its paid invoices or a fixed amount. It becomes due only once the
/// work's invoices are paid; the Admin approves the amount, then pays it.
/// </summary>
public class Commission : IVersioned
{
    public const string NumberPrefix = "COM";

    public int Id { get; set; }

    public string Number { get; private set; } = string.Empty;

    public int? BookingId { get; private set; }

    public int? DeliveryOrderId { get; private set; }

    public string IntroducerName { get; private set; } = string.Empty;

    /// <summary>Set when the introducer is one of the business's customers.</summary>
    public int? IntroducerCustomerId { get; private set; }

    /// <summary>A percentage of the paid invoices; null when the commission is a fixed amount.</summary>
    public decimal? Percent { get; private set; }

    public decimal? FixedAmount { get; private set; }

    public decimal? ApprovedAmount { get; private set; }

    public string? ApprovedBy { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public PaymentMethod? PaidMethod { get; private set; }

    public string? PaidReference { get; private set; }

    public string? PaidBy { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public long Version { get; set; }

    public bool IsPaid => PaidOn is not null;

    /// <summary>How the rule reads: "5 % of paid invoices", "fixed 150.00".</summary>
    public string RuleText => DescribeRule(Percent, FixedAmount);

    /// <summary>The introducer and the rule may change until an amount is approved.</summary>
    public bool CanChange => ApprovedAmount is null;

    public static Commission Create(string number, int? bookingId, int? deliveryOrderId, CommissionInput input, string introducerName, string by, DateTimeOffset now)
    {
        var commission = new Commission { Number = number, BookingId = bookingId, DeliveryOrderId = deliveryOrderId, CreatedBy = by, CreatedAt = now };
        commission.Update(input, introducerName);
        return commission;
    }

    public void Update(CommissionInput input, string introducerName)
    {
        if (!CanChange)
        {
            throw new BusinessRuleException($"{Number} is approved; its introducer and rule can no longer change.");
        }

        (IntroducerName, IntroducerCustomerId) = (introducerName, input.IntroducerCustomerId);
        (Percent, FixedAmount) = input.Rule == CommissionRule.Percent ? ((decimal?)input.Value, (decimal?)null) : (null, input.Value);
    }

    public static string DescribeRule(decimal? percent, decimal? fixedAmount) => percent is { } share
        ? $"{Decimals.Trimmed(share).ToString(CultureInfo.InvariantCulture)} % of paid invoices"
        : $"fixed {(fixedAmount ?? 0m).ToString("N2", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// What the rule gives on the paid invoices: the fixed amount, or the percentage rounded to the sen, half away
    /// from zero. Written as an expression so that SQL works it out too (a report sorts and totals by it) and
    /// <see cref="Suggested"/> runs the same lambda compiled. SQLite has no exact decimal rounding, so the rounding
    /// is spelt out in the decimal arithmetic EF translates: paid × percent is the amount in sen; drop its
    /// fraction, and add a sen (away from zero) when the fraction is a half or more.
    /// </summary>
    public static Expression<Func<Commission, decimal, decimal>> SuggestedRule { get; } = (c, paid) =>
        c.FixedAmount ?? (paid * (c.Percent ?? 0m) - paid * (c.Percent ?? 0m) % 1m
            + (paid * (c.Percent ?? 0m) % 1m >= 0.5m ? 1m : paid * (c.Percent ?? 0m) % 1m <= -0.5m ? -1m : 0m)) / 100m;

    private static readonly Func<Commission, decimal, decimal> SuggestedOn = SuggestedRule.Compile();

    /// <summary>What the rule gives on <paramref name="paidInvoices"/> (<see cref="SuggestedRule"/>).</summary>
    public decimal Suggested(decimal paidInvoices) => SuggestedOn(this, paidInvoices);

    public void Approve(decimal amount, CommissionState state, string by, DateTimeOffset now)
    {
        if (state != CommissionState.Eligible)
        {
            throw new BusinessRuleException(state == CommissionState.Waiting
                ? $"{Number} is not due: the work's invoices are not all paid, or one was refunded."
                : $"{Number} is already {state.ToString().ToLowerInvariant()}.");
        }

        (ApprovedAmount, ApprovedBy, ApprovedAt) = (amount, by, now);
    }

    public void Pay(CommissionPayment payment, CommissionState state, string by)
    {
        if (state != CommissionState.Approved)
        {
            throw new BusinessRuleException(state switch
            {
                CommissionState.Waiting => $"{Number} is no longer due: the work's invoices are not all paid, or one was refunded. Nothing was paid.",
                CommissionState.Eligible => $"Approve an amount for {Number} before paying it.",
                _ => $"{Number} was already paid.",
            });
        }

        (PaidOn, PaidMethod, PaidReference, PaidBy) = (payment.PaidOn, payment.Method, Text.Clean(payment.Reference), by);
    }

    /// <summary>The state, given whether the work's invoices are all paid and none refunded.</summary>
    public static CommissionState StateOf(bool isPaid, bool isDue, bool isApproved) =>
        isPaid ? CommissionState.Paid : !isDue ? CommissionState.Waiting : isApproved ? CommissionState.Approved : CommissionState.Eligible;
}
