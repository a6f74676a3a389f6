using BookingOps.Domain.Billing;
using BookingOps.Web.Components.Ui;
using MudBlazor;

namespace BookingOps.Web.Components.Billing;

/// <summary>One label and badge per invoice status, booking payment state and payment method.</summary>
public static class BillingLook
{
    public static string Label(InvoiceStatus status) => status switch
    {
        InvoiceStatus.PartiallyPaid => "Partially paid",
        _ => status.ToString(),
    };

    public static MudBlazor.Color Badge(InvoiceStatus status) => status switch
    {
        InvoiceStatus.Draft => Color.Default,
        InvoiceStatus.Issued => Color.Info,
        InvoiceStatus.PartiallyPaid => Color.Warning,
        InvoiceStatus.Paid => Color.Success,
        InvoiceStatus.Closed => Color.Secondary,
        _ => Color.Error,
    };

    public static string Label(BookingPaymentState state) => state switch
    {
        BookingPaymentState.PartlyPaid => "Partly paid",
        BookingPaymentState.DepositPaid => "Deposit paid",
        BookingPaymentState.PartlyRefunded => "Partly refunded",
        _ => state.ToString(),
    };

    public static MudBlazor.Color Badge(BookingPaymentState state) => state switch
    {
        BookingPaymentState.Paid => Color.Success,
        BookingPaymentState.DepositPaid => Color.Info,
        BookingPaymentState.PartlyPaid => Color.Warning,
        BookingPaymentState.Unpaid => Color.Default,
        _ => Color.Secondary,
    };

    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.Cdm => "CDM",
        PaymentMethod.EWallet => "E-wallet",
        _ => method.ToString(),
    };

    public static string Label(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Deposit => "Deposit",
        InvoiceKind.Final => "Final",
        _ => "Invoice",
    };

    public static string Label(RefundStatus status) => status.ToString();

    public static IReadOnlyList<Choice<PaymentMethod>> Methods { get; } =
        Enum.GetValues<PaymentMethod>().Select(m => new Choice<PaymentMethod>(m, Label(m))).ToList();
}
