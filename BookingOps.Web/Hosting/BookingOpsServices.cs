using System.Threading.RateLimiting;
using BookingOps.Domain;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Web.Accounts;
using BookingOps.Web.Jobs;
using BookingOps.Web.Reports;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;

namespace BookingOps.Web.Hosting;

public static class BookingOpsServices
{
    public const string SignInPath = "/account/login";

    public static WebApplicationBuilder AddBookingOps(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(BookingOpsOptions.Section).Get<BookingOpsOptions>() ?? new BookingOpsOptions();
        var locations = DataLocations.Resolve(options, builder.Environment.ContentRootPath);
        Directory.CreateDirectory(locations.DataDirectory);
        builder.Services.AddSingleton(locations);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ExportFiles>();

        // Static web assets (the component libraries' files, blazor.web.js) are found from build output in every environment.
        builder.WebHost.UseStaticWebAssets();

        // No "Server: Kestrel" in responses: nothing to tell a prober.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddScoped<ICurrentActor, CurrentActor>();
        builder.Services.AddBookingOpsDomain(locations.ConnectionString, locations.FilesDirectory)
            .AddSignInManager<ActiveUserSignInManager>()
            .AddDefaultTokenProviders();
        AddSignIn(builder.Services, locations);

        builder.Services.AddJobScheduling();
        builder.Services.AddHostedService<BookingOps.Web.Notifications.NotificationListener>();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<BookingOps.Web.Components.Ui.PageActions>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddRateLimiter(limiter =>
        {
            // Only sign-in attempts are limited, per client address; Identity's lock-out guards each account.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsSignInAttempt(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return builder;
    }

    private static bool IsSignInAttempt(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>Cookie sign-in with keys that survive restarts, and one policy per role.</summary>
    private static void AddSignIn(IServiceCollection services, DataLocations locations)
    {
        services.AddDataProtection()
            .PersistKeysToFileSystem(new DirectoryInfo(locations.KeysDirectory))
            .SetApplicationName("BookingOps");

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddAuthentication(auth =>
            {
                auth.DefaultScheme = IdentityConstants.ApplicationScheme;
                auth.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = SignInPath;
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "BookingOps.Auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(12);
            cookie.SlidingExpiration = true;
        });
        // Over https the antiforgery cookie is Secure too, like the sign-in cookie.
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // Every request checks the account (one indexed read), so a deactivated or changed account's cookie stops at once.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.AdminOnly, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Office, policy => policy.RequireRole(Roles.Admin, Roles.Staff))
            .AddPolicy(Policies.CrewOnly, policy => policy.RequireRole(Roles.Crew));
    }
}
