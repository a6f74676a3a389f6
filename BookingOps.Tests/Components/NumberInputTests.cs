using System.ComponentModel.DataAnnotations;
using Bunit;
using BookingOps.Web.Components.Ui;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace BookingOps.Tests.Components;

/// <summary>Numbers are read exactly as typed, or refused beside the field with the value left as it was.</summary>
public sealed class NumberInputTests : MudComponentTest
{
    private sealed class Model
    {
        [Range(typeof(decimal), "0", "10000000", ErrorMessage = "The unit price must be between 0 and 10,000,000.")]
        public decimal Price { get; set; } = 7m;

        public int Count { get; set; } = 2;
    }

    private int submitted;

    private IRenderedComponent<EditForm> Form(Model model, string? format = null) => Render<EditForm>(form => form
        .Add(f => f.Model, model)
        .Add(f => f.OnValidSubmit, _ => submitted++)
        .Add(f => f.ChildContent, (EditContext _) => builder =>
        {
            builder.OpenComponent<DataAnnotationsValidator>(0);
            builder.CloseComponent();
            builder.OpenComponent<NumberInput<decimal>>(1);
            builder.AddAttribute(2, nameof(NumberInput<decimal>.Value), model.Price);
            builder.AddAttribute(3, nameof(NumberInput<decimal>.ValueChanged), EventCallback.Factory.Create<decimal>(this, v => model.Price = v));
            builder.AddAttribute(4, nameof(NumberInput<decimal>.ValueExpression), (System.Linq.Expressions.Expression<Func<decimal>>)(() => model.Price));
            builder.AddAttribute(5, nameof(NumberInput<decimal>.InputId), "price");
            builder.AddAttribute(6, nameof(NumberInput<decimal>.Format), format);
            builder.CloseComponent();
            builder.OpenComponent<NumberInput<int>>(7);
            builder.AddAttribute(8, nameof(NumberInput<int>.Value), model.Count);
            builder.AddAttribute(9, nameof(NumberInput<int>.ValueChanged), EventCallback.Factory.Create<int>(this, v => model.Count = v));
            builder.AddAttribute(10, nameof(NumberInput<int>.ValueExpression), (System.Linq.Expressions.Expression<Func<int>>)(() => model.Count));
            builder.AddAttribute(11, nameof(NumberInput<int>.InputId), "count");
            builder.CloseComponent();
        }));

    private static string? MessageUnder(IRenderedComponent<EditForm> form, string id) =>
        form.FindAll($".mud-input-control:has(#{id}) .mud-input-helper-text.mud-input-error").SingleOrDefault()?.TextContent.Trim();

    [Theory]
    [InlineData("1,500.50", 1500.50)]
    [InlineData(" 12 ", 12)]
    [InlineData("0.5", 0.5)]
    public void Plain_numbers_with_thousands_commas_are_read_exactly(string typed, double expected)
    {
        var model = new Model();
        var form = Form(model);

        form.Find("#price").Input(typed);

        Assert.Equal((decimal)expected, model.Price);
        Assert.Null(MessageUnder(form, "price"));
    }

    [Theory]
    [InlineData("1e20")]
    [InlineData("12abc")]
    [InlineData("1.2.3")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("")]
    public void Anything_else_is_refused_beside_the_field_the_value_stays_and_the_form_does_not_submit(string typed)
    {
        var model = new Model();
        var form = Form(model);

        form.Find("#price").Input(typed);
        form.Find("form").Submit();

        Assert.Equal(7m, model.Price);
        Assert.Equal("Type a number, such as 1500.50.", MessageUnder(form, "price"));
        Assert.Equal(typed, form.Find("#price").GetAttribute("value"));
        Assert.Equal(0, submitted);
    }

    [Fact]
    public void Correcting_the_text_clears_the_message_and_the_form_submits()
    {
        var model = new Model();
        var form = Form(model);
        form.Find("#price").Input("12abc");

        form.Find("#price").Input("120");
        form.Find("form").Submit();

        Assert.Equal((120m, 1), (model.Price, submitted));
        Assert.Null(MessageUnder(form, "price"));
    }

    [Fact]
    public void A_number_past_the_domains_limit_gets_the_domains_message()
    {
        var model = new Model();
        var form = Form(model);

        form.Find("#price").Input("100,000,000");
        form.Find("form").Submit();

        Assert.Equal("The unit price must be between 0 and 10,000,000.", MessageUnder(form, "price"));
        Assert.Equal(0, submitted);
    }

    [Fact]
    public void Whole_numbers_refuse_decimals_and_money_shows_in_its_format()
    {
        var model = new Model { Price = 1500m };
        var form = Form(model, format: "0.00");

        form.Find("#count").Input("3.5");

        Assert.Equal("1500.00", form.Find("#price").GetAttribute("value"));
        Assert.Equal("Type a whole number, such as 12.", MessageUnder(form, "count"));
        Assert.Equal(2, model.Count);
    }
}
