using BookingOps.Domain.Accounts;
using BookingOps.Domain.Expenses;

namespace BookingOps.Web.Expenses;

/// <summary>An expense's receipt file: the office sees crew receipts (an Admin also overhead ones), a crew member only their own; anyone else gets 404.</summary>
public static class ExpenseEndpoints
{
    public static void MapExpenseEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/expenses/{id:int}/receipt", async (int id, HttpContext http, ExpenseDirectory directory, MyExpenses mine, CancellationToken cancellationToken) =>
                (http.User.IsInRole(Roles.Admin) || http.User.IsInRole(Roles.Staff) || await mine.IsMineAsync(id, cancellationToken))
                && await directory.ReceiptAsync(id, cancellationToken) is { } file
                    ? file.ContentType == ReceiptFiles.Pdf ? Results.File(file.Path, file.ContentType, file.DownloadName) : Results.File(file.Path, file.ContentType)
                    : Results.NotFound())
            .RequireAuthorization();
}
