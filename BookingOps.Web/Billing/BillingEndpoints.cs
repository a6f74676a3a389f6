using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Settings;

namespace BookingOps.Web.Billing;

/// <summary>Files the billing pages link to: the business logo and the invoice and receipt PDFs, office staff only.</summary>
public static class BillingEndpoints
{
    public static void MapBillingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/business/logo", async (BusinessLogo logo, CancellationToken cancellationToken) =>
                await logo.ReadAsync(cancellationToken) is { } image ? Results.File(image.Bytes, image.ContentType) : Results.NotFound())
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/invoices/{id:int}/invoice.pdf", async (int id, string? format, BillingDocuments documents, TimeProvider clock, CancellationToken cancellationToken) =>
                await documents.InvoiceAsync(id, cancellationToken) is { } invoice
                    ? Pdf(BillingPdf.Invoice(invoice, PaperFormats.Parse(format), clock.GetUtcNow()), invoice.Number ?? $"draft-invoice-{id}", format)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/payments/{id:int}/receipt.pdf", async (int id, string? format, BillingDocuments documents, TimeProvider clock, CancellationToken cancellationToken) =>
                await documents.ReceiptAsync(id, cancellationToken) is { } receipt
                    ? Pdf(BillingPdf.Receipt(receipt, PaperFormats.Parse(format), clock.GetUtcNow()), receipt.ReceiptNumber, format)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Office);
    }

    private static IResult Pdf(byte[] content, string name, string? format) =>
        Results.File(content, "application/pdf", $"{name}{(PaperFormats.Parse(format) == PaperFormat.Thermal ? "-slip" : string.Empty)}.pdf");
}
