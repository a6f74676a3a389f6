namespace BookingOps.Domain.Billing;

/// <summary>An earlier invoice on the same booking that a final invoice deducts, shown with its number, date and amount.</summary>
public class InvoiceDeduction
{
    public int EarlierInvoiceId { get; set; }

    public string Number { get; set; } = string.Empty;

    public DateOnly IssuedOn { get; set; }

    public decimal Amount { get; set; }
}
