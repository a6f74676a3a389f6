using System.Net;
using BookingOps.Domain.Accounts;
using BookingOps.Domain.Calendar;
using BookingOps.Domain.Common;
using BookingOps.Domain.Crew;
using BookingOps.Domain.Customers;
using BookingOps.Domain.DeliveryOrders;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using BookingOps.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Http;

/// <summary>A calendar app fetching a driver's feed: no sign-in, the token is the key, and a wrong one finds nothing.</summary>
public sealed class CalendarFeedHttpTests : IAsyncLifetime, IAsyncDisposable
{
    private readonly BookingOpsApp app = new();
    private string dan = string.Empty;

    public async Task InitializeAsync()
    {
        await app.CompleteSetupAsync();
        dan = await app.CreateUserAsync("dan@example.test", Roles.Crew);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var driver = await services.GetRequiredService<CrewService>().CreateAsync(new CrewMemberInput { Name = "Dan Hakim", Roles = [CrewRoles.Driver], Phone = "012-555 3000", UserId = dan });
        var customer = await services.GetRequiredService<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Pembinaan Jaya Sdn Bhd"));
        var orders = services.GetRequiredService<DeliveryOrderService>();
        var order = await orders.CreateAsync(new DeliveryOrderInput
        {
            CustomerId = customer,
            ScheduledOn = TestTime.Today.AddDays(1),
            SiteAddress = "Lot 12, Jalan Industri 3, Klang",
            DriverId = driver,
            Lines = [new DeliveryOrderLineInput { Description = "Construction waste", Quantity = 1, Unit = "trip", UnitPrice = 350m }],
        });
        await orders.IssueAsync(order, 0);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task The_feed_is_served_by_its_token_alone_and_a_revoked_or_wrong_token_finds_nothing()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var dansFeeds = new CalendarFeeds(
            scope.ServiceProvider.GetRequiredService<IDbContextFactory<BookingOpsDbContext>>(), new TestActor { Current = new Actor(dan, "dan@example.test") },
            scope.ServiceProvider.GetRequiredService<BusinessCalendar>(), app.Clock);
        var token = await dansFeeds.CreateAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var feed = await client.GetAsync($"/calendar/feed/{token}.ics");
        var wrong = await client.GetAsync($"/calendar/feed/{token[..^1]}x.ics");
        await dansFeeds.RevokeAsync();
        var revoked = await client.GetAsync($"/calendar/feed/{token}.ics");

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        Assert.Equal((true, true), (feed.Headers.CacheControl!.Private, feed.Headers.CacheControl.NoCache));
        var text = await feed.Content.ReadAsStringAsync();
        Assert.Contains("SUMMARY:Deliver: DO-2026-00001", text, StringComparison.Ordinal);
        Assert.Contains($"DTSTART;VALUE=DATE:{TestTime.Today.AddDays(1):yyyyMMdd}", text, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (wrong.StatusCode, revoked.StatusCode));
    }
}
