using System.Net;
using System.Reflection;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Reports;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Http;

/// <summary>Every page and file route, as each role (and nobody) meets it: the access matrix a probe of the app checks.</summary>
public sealed class RouteAccessMatrixTests(RouteAccessMatrixTests.SignedInApp fixture) : IClassFixture<RouteAccessMatrixTests.SignedInApp>
{
    /// <summary>Who may open a route.</summary>
    public enum Access
    {
        Anyone,
        SignedIn,
        Office,
        Admin,
        Crew,
    }

    /// <summary>Each route's declared access; a page added without a line here fails the completeness test.</summary>
    private static readonly Dictionary<string, Access> Matrix = new(StringComparer.Ordinal)
    {
        ["/"] = Access.SignedIn,
        ["/account/access-denied"] = Access.SignedIn,
        ["/account/login"] = Access.Anyone,
        ["/account/password"] = Access.SignedIn,
        ["/notifications"] = Access.SignedIn,
        ["/admin/audit"] = Access.Admin,
        ["/admin/settings"] = Access.Admin,
        ["/admin/users"] = Access.Admin,
        ["/admin/work-items"] = Access.Admin,
        ["/admin/expense-categories"] = Access.Admin,
        ["/admin/jobs"] = Access.Admin,
        ["/calendar-feed"] = Access.SignedIn,
        ["/outbox"] = Access.Office,
        ["/admin/budget-templates"] = Access.Admin,
        ["/reports/profit-and-loss"] = Access.Admin,
        ["/reports/receivables"] = Access.Office,
        ["/reports/payments"] = Access.Office,
        ["/reports/bookings"] = Access.Office,
        ["/assets"] = Access.Office,
        ["/assets/documents"] = Access.Office,
        ["/assets/new"] = Access.Office,
        ["/assets/{Id:int}"] = Access.Office,
        ["/assets/{Id:int}/label"] = Access.Office,
        ["/board"] = Access.Office,
        ["/bookings"] = Access.Office,
        ["/bookings/new"] = Access.Office,
        ["/bookings/{Id:int}"] = Access.Office,
        ["/bookings/{Id:int}/edit"] = Access.Office,
        ["/calendar"] = Access.Office,
        ["/commissions"] = Access.Admin,
        ["/crew"] = Access.Office,
        ["/crew/new"] = Access.Office,
        ["/crew/{Id:int}/edit"] = Access.Office,
        ["/customers"] = Access.Office,
        ["/customers/new"] = Access.Office,
        ["/customers/{Id:int}"] = Access.Office,
        ["/customers/{Id:int}/edit"] = Access.Office,
        ["/error"] = Access.Anyone,
        ["/inquiries"] = Access.Office,
        ["/inquiries/new"] = Access.Office,
        ["/inquiries/{Id:int}"] = Access.Office,
        ["/inquiries/{Id:int}/edit"] = Access.Office,
        ["/driver"] = Access.Crew,
        ["/driver/orders/{Id:int}"] = Access.Crew,
        ["/delivery-orders"] = Access.Office,
        ["/delivery-orders/new"] = Access.Office,
        ["/delivery-orders/overdue-bins"] = Access.Office,
        ["/delivery-orders/{Id:int}"] = Access.Office,
        ["/delivery-orders/{Id:int}/edit"] = Access.Office,
        ["/delivery-orders/{Id:int}/print"] = Access.Office,
        ["/expenses"] = Access.Office,
        ["/expenses/new"] = Access.Office,
        ["/expenses/{Id:int}"] = Access.Office,
        ["/imports"] = Access.Office,
        ["/invoices"] = Access.Office,
        ["/invoices/new"] = Access.Office,
        ["/invoices/{Id:int}"] = Access.Office,
        ["/invoices/{Id:int}/edit"] = Access.Office,
        ["/invoices/{Id:int}/print"] = Access.Office,
        ["/my-work"] = Access.Crew,
        ["/my-expenses"] = Access.Crew,
        ["/my-expenses/{Id:int}"] = Access.Crew,
        ["/not-found"] = Access.Anyone,
        ["/payments"] = Access.Office,
        ["/payouts"] = Access.Office,
        ["/payouts/statements"] = Access.Office,
        ["/my-earnings"] = Access.Crew,
        ["/payments/{Id:int}/receipt"] = Access.Office,
        ["/search"] = Access.SignedIn,
        ["/setup"] = Access.Anyone,
        ["/status/{Code:int}"] = Access.Anyone,
        ["/business/logo"] = Access.Office,
        ["/invoices/{Id:int}/invoice.pdf"] = Access.Office,
        ["/payments/{Id:int}/receipt.pdf"] = Access.Office,
        ["/delivery-orders/{Id:int}/photos/1"] = Access.SignedIn,
        ["/expenses/{Id:int}/receipt"] = Access.SignedIn,
        ["/delivery-orders/{Id:int}/delivery-order.pdf"] = Access.Office,
        ["/reports/profit-and-loss.xlsx"] = Access.Admin,
        ["/reports/profit-and-loss.pdf"] = Access.Admin,
        ["/reports/receivables.xlsx"] = Access.Office,
        ["/reports/receivables.pdf"] = Access.Office,
        ["/reports/payments.xlsx"] = Access.Office,
        ["/reports/payments.pdf"] = Access.Office,
        ["/reports/bookings.xlsx"] = Access.Office,
        ["/reports/bookings.pdf"] = Access.Office,
        ["/reports"] = Access.Office,
        ["/reports/office/{Name}"] = Access.Office,
        ["/reports/admin/{Name}"] = Access.Admin,
        ["/reports/exports/{Id:int}"] = Access.Office,
    };

    public static TheoryData<string?> Roles() => new(null, BookingOps.Domain.Accounts.Roles.Crew, BookingOps.Domain.Accounts.Roles.Staff, BookingOps.Domain.Accounts.Roles.Admin);

    [Fact]
    public void Every_page_of_the_app_has_its_access_in_the_matrix()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .ToList();

        Assert.DoesNotContain(pages, p => !Matrix.ContainsKey(p));
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_reaches_exactly_the_routes_the_matrix_gives_it(string? role)
    {
        using var client = await fixture.ClientAsync(role);
        var wrong = new List<string>();

        foreach (var (template, access) in Matrix)
        {
            var path = template.Replace("{Id:int}", "1", StringComparison.Ordinal).Replace("{Code:int}", "404", StringComparison.Ordinal).Replace("{Name}", "sales", StringComparison.Ordinal);
            await CheckAsync(client, path, access, role, wrong);
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_table_report_and_its_exports_open_for_its_audience_alone(string? role)
    {
        using var client = await fixture.ClientAsync(role);
        var wrong = new List<string>();

        foreach (var report in fixture.Reports())
        {
            var access = report.Audience == ReportAudience.Admin ? Access.Admin : Access.Office;
            foreach (var suffix in new[] { string.Empty, ".xlsx", ".pdf" })
            {
                await CheckAsync(client, "/" + report.Path + suffix, access, role, wrong);
            }
        }

        Assert.Empty(wrong);
    }

    private static async Task CheckAsync(HttpClient client, string path, Access access, string? role, List<string> wrong)
    {
        using var response = await client.GetAsync(path);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/account/login", StringComparison.OrdinalIgnoreCase) => "to sign-in",
            HttpStatusCode.Redirect or HttpStatusCode.Found when location.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase) => "denied",
            HttpStatusCode.Forbidden => "denied",
            HttpStatusCode.Unauthorized => "to sign-in",
            HttpStatusCode.InternalServerError => "error",
            _ => "opened",
        };
        var expected = Allowed(access, role) ? "opened" : role is null ? "to sign-in" : "denied";
        if (outcome != expected)
        {
            wrong.Add($"{path}: {outcome} ({(int)response.StatusCode} {location}), expected {expected}");
        }
    }

    private static bool Allowed(Access access, string? role) => access switch
    {
        Access.Anyone => true,
        Access.SignedIn => role is not null,
        Access.Office => role is BookingOps.Domain.Accounts.Roles.Admin or BookingOps.Domain.Accounts.Roles.Staff,
        Access.Admin => role is BookingOps.Domain.Accounts.Roles.Admin,
        _ => role is BookingOps.Domain.Accounts.Roles.Crew,
    };

    /// <summary>One app, set up with a user of each role, shared by the matrix's runs.</summary>
    public sealed class SignedInApp : IAsyncLifetime, IAsyncDisposable
    {
        private readonly BookingOpsApp app = new();

        public async Task InitializeAsync()
        {
            await app.CompleteSetupAsync();
            await app.CreateUserAsync("crew@example.test", BookingOps.Domain.Accounts.Roles.Crew);
            await app.CreateUserAsync("staff@example.test", BookingOps.Domain.Accounts.Roles.Staff);
        }

        Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

        public ValueTask DisposeAsync() => app.DisposeAsync();

        public IReadOnlyList<ReportInfo> Reports()
        {
            using var scope = app.Services.CreateScope();
            return [.. scope.ServiceProvider.GetRequiredService<ReportCatalog>().All.Select(r => r.Info)];
        }

        public async Task<HttpClient> ClientAsync(string? role)
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            if (role is not null)
            {
                var email = role == BookingOps.Domain.Accounts.Roles.Admin ? BookingOpsApp.AdminEmail : $"{role.ToLowerInvariant()}@example.test";
                await HtmlForms.SignInAsync(client, email, BookingOpsApp.Password);
            }

            return client;
        }
    }
}
