using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Documents;
using BookingOps.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace BookingOps.Web.DeliveryOrders;

/// <summary>Delivery order files: the PDF, and photos (the driver's upload, a plain form post or one photo per request from field.js, and the stored files).</summary>
public static class DeliveryOrderEndpoints
{
    /// <summary>Sent by field.js, which wants a plain answer to each photo instead of the page.</summary>
    private const string ScriptHeader = "X-Field-Upload";

    public static void MapDeliveryOrderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/delivery-orders/{id:int}/delivery-order.pdf", async (int id, string? format, DeliveryOrderDocuments documents, TimeProvider clock, CancellationToken cancellationToken) =>
                await documents.BuildAsync(id, cancellationToken) is { } order
                    ? PdfResults.Document(DeliveryOrderPdf.Render(order, PaperFormats.Parse(format), clock.GetUtcNow()), order.Number ?? $"draft-delivery-order-{id}", format)
                    : Results.NotFound())
            .RequireAuthorization(Policies.Office);

        endpoints.MapPost("/driver/orders/{id:int}/photos", UploadAsync)
            .RequireAuthorization(Policies.CrewOnly);

        // The office sees every order's photos; a driver only those of their own orders (anyone else: 404).
        endpoints.MapGet("/delivery-orders/{id:int}/photos/{photoId:long}", async (int id, long photoId, HttpContext http, FieldWork field, CancellationToken cancellationToken) =>
                await field.PhotoAsync(id, photoId, asOffice: http.User.IsInRole(Roles.Admin) || http.User.IsInRole(Roles.Staff), cancellationToken) is { } file
                    ? Results.File(file.Path, "image/jpeg")
                    : Results.NotFound())
            .RequireAuthorization();
    }

    /// <summary>
    /// Each file is stored under the form's key (and its place in the form), so sending the same form again
    /// after a dropped connection stores nothing twice.
    /// </summary>
    private static async Task<IResult> UploadAsync(int id, [FromForm] string key, IFormFileCollection photo, HttpContext http, FieldWork field, CancellationToken cancellationToken)
    {
        if (!await field.IsMineAsync(id, cancellationToken))
        {
            return Results.NotFound();
        }

        var fromScript = http.Request.Headers.ContainsKey(ScriptHeader);
        if (photo.Count == 0)
        {
            return Refused("Choose or take a photo first.", fromScript, id);
        }

        try
        {
            for (var i = 0; i < photo.Count; i++)
            {
                await using var content = photo[i].OpenReadStream();
                await field.AddPhotoAsync(id, photo.Count == 1 ? key : $"{key}-{i}", content, cancellationToken);
            }
        }
        catch (DomainException refusal)
        {
            return Refused(refusal.Message, fromScript, id);
        }

        return fromScript ? Results.NoContent() : Results.Redirect($"/driver/orders/{id}?done=photos");
    }

    private static IResult Refused(string message, bool fromScript, int id) =>
        fromScript ? Results.Text(message, "text/plain", statusCode: StatusCodes.Status422UnprocessableEntity) : Results.Redirect($"/driver/orders/{id}?done=photo-refused");
}
