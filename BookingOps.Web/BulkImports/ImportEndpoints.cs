using BookingOps.Domain.Accounts;
using BookingOps.Domain.BulkImports;

namespace BookingOps.Web.BulkImports;

/// <summary>The rejected rows of an import check, as a CSV to fix and import again.</summary>
public static class ImportEndpoints
{
    public static void MapImportEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/imports/{token:guid}/rejected.csv", (Guid token, ImportUploads uploads) =>
                uploads.RejectedOf(token) is { } path ? Results.File(path, "text/csv", "rejected-rows.csv") : Results.NotFound())
            .RequireAuthorization(Policies.Office);
}
