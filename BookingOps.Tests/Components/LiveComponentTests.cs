using Bunit;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Live;
using BookingOps.Tests.Infrastructure;
using BookingOps.Web.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>
/// A page that saves in its own handler reloads there, once: the feed's echo of its own save is not reloaded again,
/// while the same save made by someone else (another circuit) is.
/// </summary>
public sealed class LiveComponentTests : DomainComponentTest
{
    private int customer;

    protected override async Task ArrangeAsync()
    {
        customer = await Harness.Get<CustomerService>().CreateAsync(CustomerInputs.Valid(name: "Before"));

        // One circuit: the page's services share its scope, and so the origin its saves are announced with.
        var circuit = Harness.Scope().ServiceProvider;
        Services.AddSingleton(Harness.Get<ChangeFeed>());
        Services.AddSingleton(circuit.GetRequiredService<ChangeOrigin>());
        Services.AddSingleton(circuit.GetRequiredService<CustomerService>());
        Services.AddSingleton(circuit.GetRequiredService<CustomerDirectory>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public async Task Its_own_save_is_reloaded_once_and_someone_else_s_as_it_comes()
    {
        var page = Render<CustomerNamePage>(p => p.Add(c => c.Id, customer));

        await page.Find("button").ClickAsync(new MouseEventArgs());
        await RenameElsewhereAsync("Elsewhere");

        page.WaitForAssertion(() => Assert.Contains("Elsewhere", page.Instance.Loaded));
        Assert.Equal(["Before", "Mine", "Elsewhere"], page.Instance.Loaded);
    }

    private async Task RenameElsewhereAsync(string name)
    {
        var current = (await Harness.Get<CustomerDirectory>().FindAsync(customer))!;
        var input = CustomerInputs.Valid(name: name);
        input.Version = current.Version;
        await Harness.Get<CustomerService>().UpdateAsync(customer, input);
    }

    /// <summary>Shows a customer's name and renames it to "Mine"; every name it loads is kept, in order.</summary>
    private sealed class CustomerNamePage : LiveComponent
    {
        [Inject]
        private CustomerService Customers { get; set; } = default!;

        [Inject]
        private CustomerDirectory Directory { get; set; } = default!;

        [Parameter]
        public int Id { get; set; }

        public List<string> Loaded { get; } = [];

        protected override Task OnInitializedAsync() => RefreshAsync();

        protected override bool Shows(ChangeSet changes) => changes.Touches<Customer>(Id);

        protected override async Task RefreshAsync() => Loaded.Add((await Directory.FindAsync(Id))!.Name);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "button");
            builder.AddAttribute(1, "onclick", EventCallback.Factory.Create<MouseEventArgs>(this, RenameAsync));
            builder.AddContent(2, Loaded.LastOrDefault());
            builder.CloseElement();
        }

        private async Task RenameAsync()
        {
            var current = (await Directory.FindAsync(Id))!;
            var input = CustomerInputs.Valid(name: "Mine");
            input.Version = current.Version;
            await Customers.UpdateAsync(Id, input);
            await RefreshAsync();
        }
    }
}
