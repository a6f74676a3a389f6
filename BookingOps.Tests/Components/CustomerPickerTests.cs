using Bunit;
using BookingOps.Domain.Customers;
using BookingOps.Domain.Setup;
using BookingOps.Tests.Domain;
using BookingOps.Web.Components.Customers;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingOps.Tests.Components;

/// <summary>The customer picker searches the server as the user types and hands back the chosen customer's id.</summary>
public sealed class CustomerPickerTests : DomainComponentTest
{
    private int tan;
    private int bina;

    protected override async Task ArrangeAsync()
    {
        await Harness.Get<FirstRunSetup>().CompleteAsync(FirstRunSetupTests.ValidInput());
        var customers = Harness.Get<CustomerService>();
        tan = await customers.CreateAsync(CustomerInputs.Valid(name: "Tan Events", phone: "012-111 1111"));
        bina = await customers.CreateAsync(CustomerInputs.Valid(name: "Bina Jaya", phone: "013-222 2222"));
        Use<CustomerDirectory>();
    }

    [Fact]
    public void Typing_part_of_a_phone_lists_the_matches_and_picking_one_returns_its_id()
    {
        var chosen = 0;
        var popovers = Render<MudPopoverProvider>();
        var picker = Render<CustomerPicker>(p => p.Add(c => c.Id, "customer").Add(c => c.ValueChanged, id => chosen = id));

        picker.Find("input#customer").Input("013-222");

        popovers.WaitForAssertion(() => Assert.Equal(["Bina Jaya · 013-222 2222"], popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim())));
        popovers.Find(".mud-list-item").Click();
        picker.WaitForAssertion(() => Assert.Equal(bina, chosen));
    }

    [Fact]
    public void A_customer_already_chosen_shows_by_name_and_phone()
    {
        var picker = Render<CustomerPicker>(p => p.Add(c => c.Id, "customer").Add(c => c.Value, tan));

        picker.WaitForAssertion(() => Assert.Equal("Tan Events · 012-111 1111", picker.Find("input#customer").GetAttribute("value")));
    }
}
