using BookingOps.Domain.Accounts;
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
    }
}
