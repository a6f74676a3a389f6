using BookingOps.Domain.Accounts;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Http;

/// <summary>A failed sign-in does the same work whether or not the email has an account, so its timing tells nothing.</summary>
public sealed class SignInEnumerationTests : IAsyncDisposable
{
    private readonly CountingHasher hasher = new();
    private readonly WebApplicationFactory<Program> app;

    public SignInEnumerationTests()
    {
        var counting = hasher;
        app = new BookingOpsApp().WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(counting)));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_wrong_password_for_an_unknown_email_costs_one_password_check_as_for_a_known_one()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BookingOps.Domain.Setup.FirstRunSetup>().CompleteAsync(BookingOps.Tests.Domain.FirstRunSetupTests.ValidInput());
        }

        var admin = BookingOps.Tests.Domain.FirstRunSetupTests.ValidInput().AdminEmail;
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        hasher.Verified = 0;
        var known = await HtmlForms.SignInAsync(client, admin, "not the password");
        var knownChecks = hasher.Verified;
        hasher.Verified = 0;
        var unknown = await HtmlForms.SignInAsync(client, "nobody@example.test", "not the password");

        Assert.Equal((1, 1), (knownChecks, hasher.Verified));
        Assert.Contains("do not match an account", await known.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("do not match an account", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class CountingHasher : IPasswordHasher<AppUser>
    {
        private readonly PasswordHasher<AppUser> real = new();

        public int Verified { get; set; }

        public string HashPassword(AppUser user, string password) => real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
