using System.Net;
using BookingOps.Domain.Accounts;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Http;

public sealed class AccessTests : IAsyncDisposable
{
    private readonly BookingOpsApp app = new();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    [Fact]
    public async Task Before_setup_every_page_leads_to_the_setup_page()
    {
        var client = Client();

        Assert.True(HtmlForms.IsRedirectTo(await client.GetAsync("/"), "/setup"));
        Assert.True(HtmlForms.IsRedirectTo(await client.GetAsync("/customers"), "/setup"));
        var setup = await client.GetAsync("/setup");
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("Your Admin account", await setup.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_setup_form_as_a_browser_posts_it_keeps_the_default_terms_buffer_and_deposit()
    {
        var client = Client();
        var form = HtmlForms.Fields(await client.GetStringAsync("/setup"));
        form["Input.Business.Name"] = "Mawar Events";
        form["Input.AdminName"] = "Owner";
        form["Input.AdminEmail"] = "owner@mawar.test";
        form["Input.AdminPassword"] = form["Input.ConfirmPassword"] = BookingOpsApp.Password;

        Assert.True(HtmlForms.IsRedirectTo(await client.PostAsync("/setup", new FormUrlEncodedContent(form)), "/"));

        await using var scope = app.Services.CreateAsyncScope();
        var profile = (await scope.ServiceProvider.GetRequiredService<BookingOps.Domain.Settings.BusinessSettingsService>().GetAsync())!;
        Assert.Equal(("Mawar Events", 14, 30, 30m), (profile.Name, profile.PaymentTermsDays, profile.JobBufferMinutes, profile.DefaultDepositPercent));
    }

    [Fact]
    public async Task A_setup_form_with_business_and_admin_mistakes_shows_all_of_them_on_the_first_submit()
    {
        var client = Client();
        var form = HtmlForms.Fields(await client.GetStringAsync("/setup"));
        form["Input.Business.Name"] = string.Empty;
        form["Input.Business.TaxRatePercent"] = "150";
        form["Input.AdminName"] = "Owner\u202Egnp.exe";
        form["Input.AdminEmail"] = string.Empty;

        var response = await client.PostAsync("/setup", new FormUrlEncodedContent(form));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Contains("Enter the business name.", page, StringComparison.Ordinal);
        Assert.Contains("The tax rate must be between 0 and 100 %.", page, StringComparison.Ordinal);
        Assert.Contains(BookingOps.Domain.Common.InputValidation.HiddenControlsMessage, page, StringComparison.Ordinal);
        Assert.Contains("Enter the admin&#x27;s email; it is the sign-in name.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_carrying_a_nul_character_is_answered_with_a_page_that_says_so()
    {
        var client = Client();
        var form = HtmlForms.Fields(await client.GetStringAsync("/setup"));
        form["Input.Business.Name"] = "Mawar\0Events";

        var response = await client.PostAsync("/setup", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contained characters that cannot be saved", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_is_gone_once_done_for_reads_and_posts()
    {
        var client = Client();
        var form = await client.GetStringAsync("/setup");
        await app.CompleteSetupAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/setup")).StatusCode);
        var post = await client.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(form),
            ["Input.Business.Name"] = "Hijacked",
            ["Input.AdminName"] = "Attacker",
            ["Input.AdminEmail"] = "attacker@example.test",
            ["Input.AdminPassword"] = "attacker password",
            ["Input.ConfirmPassword"] = "attacker password",
        }));
        Assert.True((int)post.StatusCode is >= 400 and < 500, $"a post to setup answered {(int)post.StatusCode}");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
        Assert.Null(await users.FindByEmailAsync("attacker@example.test"));
    }

    [Fact]
    public async Task Anonymous_requests_are_sent_to_sign_in_with_the_way_back()
    {
        await app.CompleteSetupAsync();
        var client = Client();

        var response = await client.GetAsync("/customers");

        Assert.True(HtmlForms.IsRedirectTo(response, "/account/login?ReturnUrl=%2Fcustomers"), response.Headers.Location?.ToString());
        Assert.True(HtmlForms.IsRedirectTo(await client.GetAsync("/admin/audit"), "/account/login"));
    }

    [Theory]
    [InlineData(Roles.Crew, "/customers", false)]
    [InlineData(Roles.Crew, "/admin/users", false)]
    [InlineData(Roles.Crew, "/admin/settings", false)]
    [InlineData(Roles.Crew, "/admin/audit", false)]
    [InlineData(Roles.Crew, "/my-work", true)]
    [InlineData(Roles.Crew, "/invoices", false)]
    [InlineData(Roles.Crew, "/payments", false)]
    [InlineData(Roles.Staff, "/invoices", true)]
    [InlineData(Roles.Staff, "/payments", true)]
    [InlineData(Roles.Staff, "/invoices/new", true)]
    [InlineData(Roles.Staff, "/customers", true)]
    [InlineData(Roles.Staff, "/customers/new", true)]
    [InlineData(Roles.Staff, "/admin/users", false)]
    [InlineData(Roles.Staff, "/admin/settings", false)]
    [InlineData(Roles.Staff, "/admin/audit", false)]
    [InlineData(Roles.Staff, "/my-work", false)]
    [InlineData(Roles.Admin, "/admin/users", true)]
    [InlineData(Roles.Admin, "/admin/audit", true)]
    public async Task Each_role_opens_only_its_own_pages(string role, string path, bool allowed)
    {
        await app.CompleteSetupAsync();
        var email = $"{role.ToLowerInvariant()}@example.test";
        if (role != Roles.Admin)
        {
            await app.CreateUserAsync(email, role);
        }

        var client = Client();
        var signIn = await HtmlForms.SignInAsync(client, role == Roles.Admin ? BookingOpsApp.AdminEmail : email, BookingOpsApp.Password);
        Assert.True(HtmlForms.IsRedirectTo(signIn, "/"), $"sign-in answered {(int)signIn.StatusCode}");

        var response = await client.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.True(HtmlForms.IsRedirectTo(response, "/account/access-denied"), $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Sign_in_locks_the_account_after_repeated_failures()
    {
        await app.CompleteSetupAsync();
        var client = Client();

        for (var attempt = 0; attempt < PasswordRules.MaxFailedSignIns; attempt++)
        {
            var failed = await HtmlForms.SignInAsync(client, BookingOpsApp.AdminEmail, "wrong password!");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var locked = await HtmlForms.SignInAsync(client, BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("this account is locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_record_answers_404_with_the_not_found_page_on_every_record_route()
    {
        await app.CompleteSetupAsync();
        var client = Client();
        await HtmlForms.SignInAsync(client, BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        string[] routes =
        [
            "/customers/999999", "/customers/999999/edit", "/inquiries/999999", "/inquiries/999999/edit", "/bookings/999999",
            "/bookings/999999/edit", "/crew/999999/edit", "/assets/999999", "/invoices/999999", "/invoices/999999/edit",
            "/invoices/999999/print", "/payments/999999/receipt",
        ];

        foreach (var route in routes)
        {
            using var response = await client.GetAsync(route);

            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route} answered {(int)response.StatusCode}");
            Assert.Contains("There is nothing at this address.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markup_typed_into_a_name_is_shown_as_text_never_run()
    {
        await app.CompleteSetupAsync();
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<BookingOps.Domain.Customers.CustomerService>()
                .CreateAsync(CustomerInputs.Valid(name: "<script>alert('x')</script><img src=x onerror=alert(1)>"));
        }

        var client = Client();
        await HtmlForms.SignInAsync(client, BookingOpsApp.AdminEmail, BookingOpsApp.Password);
        var page = await client.GetStringAsync($"/customers/{id}");

        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        await app.CompleteSetupAsync();
        var id = await app.CreateUserAsync("leaver@example.test", Roles.Staff);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetActiveAsync("someone-else", id, active: false);
        }

        var response = await HtmlForms.SignInAsync(Client(), "leaver@example.test", BookingOpsApp.Password);

        Assert.Contains("This account has been deactivated", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_users_signed_in_browser_is_turned_away_on_its_very_next_request()
    {
        await app.CompleteSetupAsync();
        var id = await app.CreateUserAsync("leaver@example.test", Roles.Staff);
        var client = Client();
        await HtmlForms.SignInAsync(client, "leaver@example.test", BookingOpsApp.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/customers")).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().SetActiveAsync("someone-else", id, active: false);
        }

        // A second later: the cookie's check is due whenever any time has passed since it was issued.
        ((Microsoft.Extensions.Time.Testing.FakeTimeProvider)app.Clock).Advance(TimeSpan.FromSeconds(1));
        var next = await client.GetAsync("/customers");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/account/login", next.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sign_in_never_sends_the_typed_password_back()
    {
        await app.CompleteSetupAsync();

        var failed = await HtmlForms.SignInAsync(Client(), BookingOpsApp.AdminEmail, "my secret guess 123");

        var page = await failed.Content.ReadAsStringAsync();
        Assert.Contains("do not match an account", page, StringComparison.Ordinal);
        Assert.DoesNotContain("my secret guess 123", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_rejected()
    {
        await app.CompleteSetupAsync();

        var response = await Client().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = BookingOpsApp.AdminEmail,
            ["Input.Password"] = BookingOpsApp.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("If you were sending a form, it may have expired", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token_so_another_site_cannot_sign_anyone_out()
    {
        await app.CompleteSetupAsync();
        var client = Client();
        await HtmlForms.SignInAsync(client, BookingOpsApp.AdminEmail, BookingOpsApp.Password);

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/customers")).StatusCode);
    }

    [Theory]
    [InlineData("/customers/abc")]
    [InlineData("/customers/99999999999999999999")]
    [InlineData("/no/such/page")]
    public async Task Malformed_or_unknown_addresses_get_the_friendly_not_found_page(string path)
    {
        await app.CompleteSetupAsync();
        var client = Client();
        await HtmlForms.SignInAsync(client, BookingOpsApp.AdminEmail, BookingOpsApp.Password);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_blazor_script_and_the_stylesheet_are_served_to_anyone()
    {
        var client = Client();

        var script = await client.GetAsync("/_framework/blazor.web.js");
        var css = await client.GetAsync("/app.css");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("Blazor", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task The_database_lives_in_the_configured_data_folder_in_wal_mode()
    {
        await app.CompleteSetupAsync();

        var database = Path.Combine(app.DataDirectory, "bookingops.db");
        Assert.True(File.Exists(database));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.True(Directory.Exists(Path.Combine(app.DataDirectory, "keys")));
    }
}
