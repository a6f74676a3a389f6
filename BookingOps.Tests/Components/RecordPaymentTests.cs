using Bunit;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Settings;
using BookingOps.Tests.Domain;
using BookingOps.Web.Components.Billing;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>The payment form when someone else settles the invoice while it is open.</summary>
public sealed class RecordPaymentTests : DomainComponentTest
{

    protected override Task ArrangeAsync()
    {
        Use<PaymentService>();
        Use<BusinessCalendar>();
        return Task.CompletedTask;
    }

    [Fact]
    public void An_open_form_whose_invoice_is_settled_elsewhere_says_so_and_names_the_receipt_instead_of_vanishing()
    {
        var form = Render<RecordPayment>(p => p.Add(c => c.InvoiceId, 7).Add(c => c.Balance, 250m));
        form.WaitForElement("#payment-amount");

        form.Render(p => p.Add(c => c.Balance, 0m).Add(c => c.LatestPayment, "RCPT-2026-00031 by siti@example.test"));

        Assert.Empty(form.FindAll("#payment-amount"));
        Assert.Contains("paid in full (RCPT-2026-00031 by siti@example.test). Your payment was not recorded", form.Find("#paid-meanwhile").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_for_an_invoice_with_nothing_owed_offers_nothing_and_says_nothing()
    {
        var form = Render<RecordPayment>(p => p.Add(c => c.InvoiceId, 7).Add(c => c.Balance, 0m));

        Assert.Empty(form.FindAll("#payment-amount"));
        Assert.Empty(form.FindAll("#paid-meanwhile"));
    }
}
