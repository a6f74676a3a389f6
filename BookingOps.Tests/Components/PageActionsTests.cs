using BookingOps.Domain.Accounts;
using BookingOps.Domain.Common;
using BookingOps.Web.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingOps.Tests.Components;

public sealed class PageActionsTests : MudComponentTest
{
    public PageActionsTests() => Services.AddScoped<PageActions>();

    [Fact]
    public async Task A_refusal_from_the_domain_is_shown_with_its_message_and_does_not_break_the_page()
    {
        var actions = Services.GetRequiredService<PageActions>();

        var done = await actions.RunAsync(() => throw new ConcurrencyConflictException("Someone else changed this booking."));

        Assert.False(done);
        var shown = Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars);
        Assert.Equal((Severity.Error, "Someone else changed this booking."), (shown.Severity, shown.Message));
    }

    [Fact]
    public async Task An_action_that_goes_through_says_so_and_anything_else_is_not_swallowed()
    {
        var actions = Services.GetRequiredService<PageActions>();

        Assert.True(await actions.RunAsync(() => Task.CompletedTask, "Booking confirmed."));
        Assert.Equal("Booking confirmed.", Assert.Single(Services.GetRequiredService<ISnackbar>().ShownSnackbars).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => actions.RunAsync(() => throw new InvalidOperationException("a bug")));
    }

    [Fact]
    public async Task A_write_refused_because_the_sign_in_ended_sends_the_browser_to_sign_in_and_back()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("bookings/12");
        var actions = Services.GetRequiredService<PageActions>();

        var done = await actions.RunAsync(() => throw new SessionEndedException());

        Assert.False(done);
        Assert.EndsWith("account/login?returnUrl=%2Fbookings%2F12&ended=true", navigation.Uri, StringComparison.Ordinal);
    }
}
