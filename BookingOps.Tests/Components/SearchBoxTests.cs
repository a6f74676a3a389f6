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

    private IRenderedComponent<SearchBox> TypeInto(string text)
    {
        var box = Render<SearchBox>();
        box.Find("#app-search").Focus();
        box.Find("#app-search").Input(text);
        Harness.Clock.Advance(TimeSpan.FromSeconds(1));
        box.WaitForAssertion(() => Assert.Equal(3, box.FindAll(".search-hit").Count));
        return box;
    }

    private static string Active(IRenderedComponent<SearchBox> box) => box.Find(".search-hit-active").QuerySelector(".search-hit-title")!.TextContent;

    [Fact]
    public void Typing_lists_the_hits_by_kind_best_first_and_the_arrow_keys_walk_them_round()
    {
        var box = TypeInto("tan");

        Assert.Equal(["Customers"], box.FindAll(".search-kind").Select(k => k.TextContent));
        Assert.Equal("Tan", Active(box));
        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal("Tanjung Events", Active(box));
        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });
        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "ArrowUp" });
        Assert.Equal("Ahmad Tan", Active(box));
        Assert.Equal("search-hit-2", box.Find("#app-search").GetAttribute("aria-activedescendant"));
    }

    [Fact]
    public void Enter_opens_the_chosen_hit_by_clicking_its_link()
    {
        var box = TypeInto("tan");

        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("search-hit-1", JSInterop.VerifyInvoke("bookingOps.openSearchHit").Arguments[0]);
    }

    [Fact]
    public void Enter_on_text_the_list_does_not_show_yet_opens_the_results_page_not_a_stale_hit()
    {
        var box = TypeInto("tan");

        // Typed on, and Enter before the pause that starts the search for it.
        box.Find("#app-search").Input("tanjung");
        box.WaitForAssertion(() => Assert.Equal("tanjung", box.Find("#app-search").GetAttribute("value")));
        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.EndsWith("/search?q=tanjung", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
        JSInterop.VerifyNotInvoke("bookingOps.openSearchHit");
    }

    [Fact]
    public void Escape_closes_the_list_and_Enter_then_opens_the_results_page()
    {
        var box = TypeInto("tan");

        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(box.FindAll("#app-search-results"));
        Assert.Equal("false", box.Find("#app-search").GetAttribute("aria-expanded"));
        box.Find("#app-search").KeyDown(new KeyboardEventArgs { Key = "Enter" });

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
