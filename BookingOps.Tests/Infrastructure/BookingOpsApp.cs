using BookingOps.Domain.Accounts;
using BookingOps.Domain.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BookingOps.Tests.Infrastructure;

/// <summary>
/// The real app, in process, on a fresh temporary data folder of its own, with its clock pinned to
/// <see cref="TestTime.Now"/>: frozen unless the test passes another (browser tests pass a running one).
/// </summary>
public sealed class BookingOpsApp(int signInAttemptsPerMinute = 1_000, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "owner@example.test";
    public const string Password = "a long test password";

    private readonly TempDirectory data = new();

    public string DataDirectory => data.Path;

    public TimeProvider Clock { get; } = clock ?? TestTime.Frozen();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseContentRoot(RepositoryRoot.Path);
        builder.UseSetting("BookingOps:DataDirectory", data.Path);
        builder.UseSetting("BookingOps:SignInAttemptsPerMinute", signInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services => services.RemoveAll<TimeProvider>().AddSingleton(Clock));
    }

    /// <summary>Completes first-run setup the way the setup page does, with a known Admin.</summary>
    public async Task CompleteSetupAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var input = new SetupInput
        {
            Business = new() { Name = "Test Events Sdn Bhd", CurrencyCode = "MYR", TaxName = "SST", TaxRatePercent = 6m, TimeZoneId = TestTime.ZoneId },
            AdminName = "Owner",
            AdminEmail = AdminEmail,
            AdminPassword = Password,
            ConfirmPassword = Password,
        };
        await scope.ServiceProvider.GetRequiredService<FirstRunSetup>().CompleteAsync(input);
    }

    public async Task<string> CreateUserAsync(string email, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAdministration>()
            .CreateAsync(new NewUserInput { DisplayName = email.Split('@')[0], Email = email, Role = role, Password = Password });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            data.Dispose();
        }
    }
}
