using BookingOps.Domain.Billing;
using BookingOps.Domain.Bookings;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Infrastructure;

namespace BookingOps.Tests.Domain.Billing;

/// <summary>
/// A business (SST 6 %, 14 days' terms by default), a customer and a booking of 2,500.00 + 6 % = 2,650.00
/// with a 30 % deposit of 795.00, on 21 Nov 2026.
/// </summary>
public abstract class BillingTest : DomainTest
{
    public static readonly Actor Admin = new("admin-1", "farid@kilatbins.my", IsAdmin: true);

    protected int Customer { get; private set; }

    protected int Booking { get; private set; }

    protected static DateOnly Today => TestTime.Today;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        Customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Aminah Weddings", phone: "012-345 6789"));
        Booking = await Harness.Get<BookingService>().CreateAsync(BookingInputs.Valid(Customer));
    }

    protected Task<int> DraftAsync(InvoiceKind kind) => Harness.Get<InvoiceService>().CreateForBookingAsync(Booking, kind);

    protected async Task<Invoice> IssueAsync(int invoiceId)
    {
        var version = (await FindAsync(invoiceId)).Version;
        await Harness.Get<InvoiceService>().IssueAsync(invoiceId, version);
        return await FindAsync(invoiceId);
    }

    protected async Task<Invoice> FindAsync(int invoiceId) => (await Harness.Get<InvoiceDirectory>().FindAsync(invoiceId))!;

    protected Task<RecordedPayment> PayAsync(int invoiceId, decimal amount, string? key = null, PaymentMethod method = PaymentMethod.Online) =>
        Harness.Get<PaymentService>().RecordAsync(new PaymentInput
        {
            InvoiceId = invoiceId,
            Amount = amount,
            Method = method,
            ReceivedOn = Harness.Today,
            Reference = "FPX 8812",
            IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
        });

    protected async Task AsAdminAsync(Func<Task> action)
    {
        var before = Harness.Actor.Current;
        Harness.Actor.Current = Admin;
        try
        {
            await action();
        }
        finally
        {
            Harness.Actor.Current = before;
        }
    }
}
