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

    /// <summary>What a browser would post for the (first, or <paramref name="selector"/>'s) form: each named field's value as the page rendered it.</summary>
    public static Dictionary<string, string> Fields(string html, string selector = "form")
    {
        var form = new HtmlParser().ParseDocument(html).QuerySelector(selector)
            ?? throw new InvalidOperationException($"The page has no {selector}.");
        var fields = new Dictionary<string, string>();
        foreach (var field in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = field.GetAttribute("name")!;
            switch (field)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields[name] = box.Value;
                    }

                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    fields[name] = select.Value ?? string.Empty;
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                default:
                    fields[name] = field.GetAttribute("value") ?? string.Empty;
                    break;
            }
        }

        return fields;
    }

    public static bool IsRedirectTo(HttpResponseMessage response, string pathStart) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found
        && response.Headers.Location is { } location
        && (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).StartsWith(pathStart, StringComparison.OrdinalIgnoreCase);
}
