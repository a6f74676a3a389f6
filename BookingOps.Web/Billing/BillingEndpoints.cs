using BookingOps.Domain.Accounts;
using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Settings;
using BookingOps.Web.Hosting;

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
                    ? PdfResults.Document(BillingPdf.Invoice(invoice, PaperFormats.Parse(format), clock.GetUtcNow()), invoice.Number ?? $"draft-invoice-{id}", format)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/payments/{id:int}/receipt.pdf", async (int id, string? format, BillingDocuments documents, TimeProvider clock, CancellationToken cancellationToken) =>
                await documents.ReceiptAsync(id, cancellationToken) is { } receipt
                    ? PdfResults.Document(BillingPdf.Receipt(receipt, PaperFormats.Parse(format), clock.GetUtcNow()), receipt.ReceiptNumber, format)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Office);
    }
}
