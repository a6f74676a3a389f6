using System.Security.Claims;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Domain.Documents;
using BookingOps.Domain.Payouts;

namespace BookingOps.Web.Payouts;

/// <summary>Earnings statements as PDF and Excel: the office's for any crew member, a crew member's for themselves only.</summary>
public static class StatementEndpoints
{
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapStatementEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/payouts/statements/{crewMemberId:int}/statement.{format}",
                (int crewMemberId, string format, DateOnly from, DateOnly to, EarningsStatements statements, TimeProvider clock, CancellationToken cancellationToken) =>
                    FileAsync(() => statements.ForCrewMemberAsync(crewMemberId, from, to, cancellationToken), format, clock))
            .RequireAuthorization(Policies.Office);

        endpoints.MapGet("/my-earnings/statement.{format}",
                (string format, DateOnly from, DateOnly to, ClaimsPrincipal user, EarningsStatements statements, TimeProvider clock, CancellationToken cancellationToken) =>
                    FileAsync(() => statements.ForCrewUserAsync(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty, from, to, cancellationToken), format, clock))
            .RequireAuthorization(Policies.CrewOnly);
    }

    private static async Task<IResult> FileAsync(Func<Task<EarningsStatement?>> load, string format, TimeProvider clock)
    {
        if (format is not ("pdf" or "xlsx"))
        {
            return Results.NotFound();
        }

        EarningsStatement? statement;
        try
        {
            statement = await load();
        }
        catch (DomainValidationException refused)
        {
            return Results.BadRequest(refused.Message);
        }

        return statement is null ? Results.NotFound()
            : format == "pdf" ? Results.File(EarningsStatementPdf.Render(statement, clock.GetUtcNow()), "application/pdf", $"{statement.FileName}.pdf")
            : Results.File(EarningsStatementWorkbook.Render(statement), Workbook, $"{statement.FileName}.xlsx");
    }
}
