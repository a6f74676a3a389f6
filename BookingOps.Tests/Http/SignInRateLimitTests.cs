using System.Net;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BookingOps.Tests.Http;

public sealed class SignInRateLimitTests : IAsyncDisposable
{
    private readonly BookingOpsApp app = new(signInAttemptsPerMinute: 3);

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_while_pages_still_load()
    {
        await app.CompleteSetupAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add(await HtmlForms.SignInAsync(client, "someone@example.test", "guessing password"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        var refused = await answers[^1].Content.ReadAsStringAsync();
        Assert.Contains("Too many tries in a short time. Wait a minute, then try again.", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("Page not found", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
