using BookingOps.Tests.Infrastructure;
using BookingOps.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BookingOps.Tests.Http;

/// <summary>Every kind of response carries the security headers; cookies are Secure over https.</summary>
public sealed class SecurityHeaderTests : IAsyncDisposable
{
    private readonly BookingOpsApp app = new();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/app.css")]
    [InlineData("/no/such/page")]
    [InlineData("/customers")]
    public async Task Pages_files_and_refusals_carry_nosniff_a_referrer_policy_and_the_content_policy(string path)
    {
        await app.CompleteSetupAsync();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(path);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_own_html_has_no_inline_script_the_policy_would_block()
    {
        await app.CompleteSetupAsync();
        using var client = app.CreateClient();

        var page = await client.GetStringAsync("/account/login");

        var scripts = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page).QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src")), script.OuterHtml));
        Assert.DoesNotContain(" onclick=", page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task The_antiforgery_cookie_is_secure_over_https(string baseAddress, bool secure)
    {
        await app.CompleteSetupAsync();
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

        using var response = await client.GetAsync("/account/login");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
