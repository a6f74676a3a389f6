using System.Net;
using AngleSharp.Html.Parser;

namespace BookingOps.Tests.Infrastructure;

public static class HtmlForms
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public static string AntiforgeryToken(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
    }

    public static bool IsRedirectTo(HttpResponseMessage response, string pathStart) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith(pathStart, StringComparison.OrdinalIgnoreCase);
}
