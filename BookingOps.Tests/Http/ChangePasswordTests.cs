using System.Net;
using AngleSharp.Html.Parser;
using BookingOps.Domain.Accounts;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BookingOps.Tests.Http;

/// <summary>Changing one's own password: the changing browser stays signed in, other sessions end, and guesses are counted.</summary>
public sealed class ChangePasswordTests : IAsyncDisposable
{
    private const string Email = "siti@example.test";

    private readonly BookingOpsApp app = new();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<HttpClient> SignedInAsync()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await HtmlForms.SignInAsync(client, Email, BookingOpsApp.Password);
        return client;
    }

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next)
    {
        var page = await client.GetStringAsync("/account/password");
        var token = new HtmlParser().ParseDocument(page).QuerySelector("form:has(input[name=_handler][value=change-password]) input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = token,
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        }));
    }

    [Fact]
    public async Task The_browser_that_changes_the_password_stays_signed_in_and_every_other_session_ends()
    {
        await app.CompleteSetupAsync();
        await app.CreateUserAsync(Email, Roles.Staff);
        var phone = await SignedInAsync();
        var laptop = await SignedInAsync();

        var changed = await ChangeAsync(laptop, BookingOpsApp.Password, "a new long password");

        Assert.True(HtmlForms.IsRedirectTo(changed, "/account/password?changed=true"), $"{changed.StatusCode} {changed.Headers.Location}");
        ((FakeTimeProvider)app.Clock).Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/customers")).StatusCode);
        Assert.True(HtmlForms.IsRedirectTo(await phone.GetAsync("/customers"), "/account/login"));
    }

    [Fact]
    public async Task Wrong_current_passwords_are_counted_and_lock_the_account_like_failed_sign_ins()
    {
        await app.CompleteSetupAsync();
        await app.CreateUserAsync(Email, Roles.Staff);
        var client = await SignedInAsync();

        for (var attempt = 1; attempt < PasswordRules.MaxFailedSignIns; attempt++)
        {
            var wrong = await ChangeAsync(client, "not my password " + attempt, "a new long password");
            var page = await wrong.Content.ReadAsStringAsync();
            Assert.Contains("The current password is not right.", page, StringComparison.Ordinal);
            Assert.DoesNotContain("not my password", page, StringComparison.Ordinal);
        }

        var last = await ChangeAsync(client, "not my password 5", "a new long password");
        Assert.Contains(PasswordRules.LockedOutMessage, await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var right = await ChangeAsync(client, BookingOpsApp.Password, "a new long password");
        Assert.Contains(PasswordRules.LockedOutMessage, await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
