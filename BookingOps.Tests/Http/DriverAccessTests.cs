using System.Net;
using System.Net.Http.Headers;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Fleet;
using BookingOps.Domain.Persistence;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Http;

/// <summary>The driver's pages as plain HTTP: a driver's own order works, a repeated post counts once, and another driver meets 404s.</summary>
public sealed class DriverAccessTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly BookingOpsApp app = new();
    private int order;
    private string number = string.Empty;

    public async Task InitializeAsync()
    {
        await app.CompleteSetupAsync();
        var dan = await app.CreateUserAsync("dan@example.test", Roles.Crew);
        var ravi = await app.CreateUserAsync("ravi@example.test", Roles.Crew);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var crew = services.GetRequiredService<CrewService>();
        var danCrew = await crew.CreateAsync(new CrewMemberInput { Name = "Dan Hakim", Roles = [CrewRoles.Driver], Phone = "012-555 3000", UserId = dan });
        await crew.CreateAsync(new CrewMemberInput { Name = "Ravi Kumar", Roles = [CrewRoles.Driver], Phone = "012-555 3001", UserId = ravi });
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
        var bin = await services.GetRequiredService<AssetService>().CreateAsync(new AssetInput { Kind = AssetKind.Bin, Code = "B-0042", Size = "20 yd³" });
        var orders = services.GetRequiredService<DeliveryOrderService>();
        order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = customer,
            ScheduledOn = TestTime.Today,
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            DriverId = danCrew,
            BinId = bin,
            PaymentAmount = 350m,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);
        number = (await services.GetRequiredService<DeliveryOrderDirectory>().FindAsync(order))!.Number!;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => app.DisposeAsync();

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.True(HtmlForms.IsRedirectTo(await HtmlForms.SignInAsync(client, email, BookingOpsApp.Password), "/"));
        return client;
    }

    private static MultipartFormDataContent Photo(string page, string key)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(key), "key" },
        };
        var file = new ByteArrayContent(TestPhotos.Jpeg(640, 480));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "photo", "IMG_0001.jpg");
        return form;
    }

    private async Task<T> CountAsync<T>(Func<BookingOpsDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    [Fact]
    public async Task The_driver_sends_a_photo_and_cash_as_plain_posts_and_a_repeated_post_counts_once()
    {
        var dan = await SignedInAsync("dan@example.test");
        var page = await dan.GetStringAsync($"/driver/orders/{order}");

        var first = await dan.PostAsync($"/driver/orders/{order}/photos", Photo(page, "upload-1"));
        var again = await dan.PostAsync($"/driver/orders/{order}/photos", Photo(page, "upload-1"));
        var cash = HtmlForms.Fields(page, "form[data-field=cash]");
        var paid = await dan.PostAsync($"/driver/orders/{order}", new FormUrlEncodedContent(cash));
        var paidAgain = await dan.PostAsync($"/driver/orders/{order}", new FormUrlEncodedContent(cash));

        Assert.Contains(number, page, StringComparison.Ordinal);
        Assert.Equal("350", cash["Cash.Amount"]);
        Assert.All(new[] { first, again }, r => Assert.True(HtmlForms.IsRedirectTo(r, $"/driver/orders/{order}?done=photos")));
        Assert.All(new[] { paid, paidAgain }, r => Assert.True(HtmlForms.IsRedirectTo(r, $"/driver/orders/{order}?done=cash")));
        Assert.Equal(1, await CountAsync(db => db.DeliveryOrderPhotos.CountAsync()));
        Assert.Equal(1, await CountAsync(db => db.FieldReceipts.CountAsync()));
        var photo = await CountAsync(db => db.DeliveryOrderPhotos.Select(p => p.Id).SingleAsync());
        var file = await dan.GetAsync($"/delivery-orders/{order}/photos/{photo}");
        Assert.Equal((HttpStatusCode.OK, "image/jpeg"), (file.StatusCode, file.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Another_driver_gets_404_for_the_order_its_photos_and_its_forms_and_never_sees_it_listed()
    {
        var dan = await SignedInAsync("dan@example.test");
        var page = await dan.GetStringAsync($"/driver/orders/{order}");
        await dan.PostAsync($"/driver/orders/{order}/photos", Photo(page, "upload-1"));
        var photo = await CountAsync(db => db.DeliveryOrderPhotos.Select(p => p.Id).SingleAsync());
        var ravi = await SignedInAsync("ravi@example.test");
        var raviList = await ravi.GetStringAsync("/driver");
        var cash = HtmlForms.Fields(page, "form[data-field=cash]");
        cash["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(raviList);

        var orderPage = await ravi.GetAsync($"/driver/orders/{order}");
        var file = await ravi.GetAsync($"/delivery-orders/{order}/photos/{photo}");
        var upload = await ravi.PostAsync($"/driver/orders/{order}/photos", Photo(raviList, "upload-2"));
        var paid = await ravi.PostAsync($"/driver/orders/{order}", new FormUrlEncodedContent(cash));
        var office = await ravi.GetAsync($"/delivery-orders/{order}");

        Assert.Equal(HttpStatusCode.NotFound, orderPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, paid.StatusCode);
        Assert.True(HtmlForms.IsRedirectTo(office, "/account/access-denied"));
        Assert.DoesNotContain(number, raviList, StringComparison.Ordinal);
        Assert.DoesNotContain("350", raviList, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(db => db.DeliveryOrderPhotos.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.FieldReceipts.CountAsync()));
    }
}
