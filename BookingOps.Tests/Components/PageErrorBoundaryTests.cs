using Bunit;
using BookingOps.Web.Components.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace BookingOps.Tests.Components;

public sealed class PageErrorBoundaryTests : MudComponentTest
{
    [Fact]
    public void A_page_that_throws_is_replaced_by_a_message_and_try_again_shows_it_once_it_works()
    {
        var fault = new Fault { Broken = true };

        var boundary = Render<PageErrorBoundary>(p => p.AddChildContent<Fragile>(c => c.Add(f => f.Fault, fault)));

        Assert.Contains("Something went wrong on this page, and it was not saved.", boundary.Find("#page-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(boundary.FindAll(".fragile"));

        fault.Broken = false;
        boundary.Find("#page-error-retry").Click();

        Assert.Equal("Page content", boundary.Find(".fragile").TextContent);
        Assert.Empty(boundary.FindAll("#page-error"));
    }

    public sealed class Fault
    {
        public bool Broken { get; set; }
    }

    /// <summary>A page that fails to render while its <see cref="Fault"/> says so.</summary>
    private sealed class Fragile : ComponentBase
    {
        [Parameter]
        public Fault Fault { get; set; } = default!;

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (Fault.Broken)
            {
                throw new InvalidOperationException("A bug in a page.");
            }

            builder.OpenElement(0, "p");
            builder.AddAttribute(1, "class", "fragile");
            builder.AddContent(2, "Page content");
            builder.CloseElement();
        }
    }
}
