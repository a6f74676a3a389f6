using Bunit;
using BookingOps.Domain.Common;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Search;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Domain;
using BookingOps.Web.Components.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>The top bar's search box: its list follows the typing, the arrow keys walk it, Enter opens a hit only if the list is current, Escape closes it.</summary>
public sealed class SearchBoxTests : DomainComponentTest
{
    protected override async Task ArrangeAsync()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customers = Harness.Get<CustomerService>();
        foreach (var name in new[] { "Tan", "Tanjung Events", "Ahmad Tan" })
        {
            await customers.CreateAsync(CustomerInputs.Valid(name: name, email: null, contact: null));
        }

        Harness.Actor.Current = new Actor("staff-1", "siti@example.test", IsStaff: true);
        Use<SearchService>();

        // The box waits for a pause in the typing; the test says when the pause is over.
        Services.AddSingleton<TimeProvider>(Harness.Clock);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>
    /// Types into the box and, as the box waits for a pause in the typing, moves the clock on until the search
    /// has answered and the list shows: every step awaited, so nothing races on a busy machine.
    /// </summary>
    private async Task<IRenderedComponent<SearchBox>> TypeIntoAsync(string text)
    {
        var box = Render<SearchBox>();
        await box.Find("#app-search").FocusAsync(new FocusEventArgs());
        var typing = box.Find("#app-search").InputAsync(new ChangeEventArgs { Value = text });
        while (!typing.IsCompleted)
        {
            Harness.Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(10);
        }

        await typing;
        return box;
    }

    private static Task KeyAsync(IRenderedComponent<SearchBox> box, string key) => box.Find("#app-search").KeyDownAsync(new KeyboardEventArgs { Key = key });

    private static string Active(IRenderedComponent<SearchBox> box) => box.Find(".search-hit-active").QuerySelector(".search-hit-title")!.TextContent;

    [Fact]
    public async Task Typing_lists_the_hits_by_kind_best_first_and_the_arrow_keys_walk_them_round()
    {
        var box = await TypeIntoAsync("tan");

        Assert.Equal(["Customers"], box.FindAll(".search-kind").Select(k => k.TextContent));
        Assert.Equal(3, box.FindAll(".search-hit").Count);
        Assert.Equal("Tan", Active(box));
        await KeyAsync(box, "ArrowDown");
        Assert.Equal("Tanjung Events", Active(box));
        await KeyAsync(box, "ArrowUp");
        await KeyAsync(box, "ArrowUp");
        Assert.Equal("Ahmad Tan", Active(box));
        Assert.Equal("search-hit-2", box.Find("#app-search").GetAttribute("aria-activedescendant"));
    }

    [Fact]
    public async Task Enter_opens_the_chosen_hit_by_clicking_its_link()
    {
        var box = await TypeIntoAsync("tan");

        await KeyAsync(box, "ArrowDown");
        await KeyAsync(box, "Enter");

        Assert.Equal("search-hit-1", JSInterop.VerifyInvoke("bookingOps.openSearchHit").Arguments[0]);
    }

    [Fact]
    public async Task Enter_before_the_search_has_answered_opens_the_results_page_for_what_was_typed()
    {
        var box = await TypeIntoAsync("tan");

        // Typed on, and Enter before the pause that starts the search for it: the list is for "tan", so no hit opens.
        _ = box.Find("#app-search").InputAsync(new ChangeEventArgs { Value = "tanjung" });
        await KeyAsync(box, "Enter");

        Assert.EndsWith("/search?q=tanjung", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        JSInterop.VerifyNotInvoke("bookingOps.openSearchHit");
    }

    [Fact]
    public async Task Escape_closes_the_list_and_Enter_then_opens_the_results_page()
    {
        var box = await TypeIntoAsync("tan");

        await KeyAsync(box, "Escape");
        Assert.Empty(box.FindAll("#app-search-results"));
        Assert.Equal("false", box.Find("#app-search").GetAttribute("aria-expanded"));
        await KeyAsync(box, "Enter");

        Assert.EndsWith("/search?q=tan", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_live_connection_the_box_is_a_form_that_opens_the_results_page()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var box = Render<SearchBox>();

        Assert.Equal(("search", "get", "q"), (box.Find("form").GetAttribute("action"), box.Find("form").GetAttribute("method"), box.Find("#app-search").GetAttribute("name")));
    }
}
