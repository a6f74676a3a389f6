using System.ComponentModel.DataAnnotations;
using Bunit;
using BookingOps.Web.Components.Ui;
using Microsoft.AspNetCore.Components.Forms;

namespace BookingOps.Tests.Components;

public sealed class DateInputTests : MudComponentTest
{
    private sealed class Model
    {
        [Required(ErrorMessage = "Say when.")]
        public DateTime? Start { get; set; }

        public DateOnly? Due { get; set; }
    }

    private IRenderedComponent<EditForm> Form(Model model) => Render<EditForm>(form => form
        .Add(f => f.Model, model)
        .Add(f => f.ChildContent, (EditContext _) => builder =>
        {
            builder.OpenComponent<DataAnnotationsValidator>(0);
            builder.CloseComponent();
            builder.OpenComponent<DateInput<DateTime?>>(1);
            builder.AddAttribute(2, nameof(DateInput<DateTime?>.Value), model.Start);
            builder.AddAttribute(3, nameof(DateInput<DateTime?>.ValueChanged), Microsoft.AspNetCore.Components.EventCallback.Factory.Create<DateTime?>(this, v => model.Start = v));
            builder.AddAttribute(4, nameof(DateInput<DateTime?>.ValueExpression), (System.Linq.Expressions.Expression<Func<DateTime?>>)(() => model.Start));
            builder.AddAttribute(5, nameof(DateInput<DateTime?>.InputId), "start");
            builder.AddAttribute(6, nameof(DateInput<DateTime?>.WithTime), true);
            builder.CloseComponent();
            builder.OpenComponent<DateInput<DateOnly?>>(7);
            builder.AddAttribute(8, nameof(DateInput<DateOnly?>.Value), model.Due);
            builder.AddAttribute(9, nameof(DateInput<DateOnly?>.ValueChanged), Microsoft.AspNetCore.Components.EventCallback.Factory.Create<DateOnly?>(this, v => model.Due = v));
            builder.AddAttribute(10, nameof(DateInput<DateOnly?>.InputId), "due");
            builder.CloseComponent();
        }));

    [Fact]
    public void Shows_the_values_in_the_browsers_iso_form_and_reads_back_what_the_browser_sends()
    {
        var model = new Model { Start = TestTime.At(21, 19), Due = TestTime.Today.AddDays(9) };
        var form = Form(model);

        Assert.Equal(("2026-12-12T19:00", "datetime-local"), (form.Find("#start").GetAttribute("value"), form.Find("#start").GetAttribute("type")));
        Assert.Equal(("2026-11-30", "date"), (form.Find("#due").GetAttribute("value"), form.Find("#due").GetAttribute("type")));

        form.Find("#start").Change("2027-01-02T08:30");
        form.Find("#due").Change("2027-01-05");

        Assert.Equal((new DateTime(2027, 1, 2, 8, 30, 0), new DateOnly(2027, 1, 5)), (model.Start, model.Due));
    }

    [Fact]
    public void A_cleared_field_is_empty_and_its_message_shows_beneath_it()
    {
        var model = new Model { Start = TestTime.At(1, 10) };
        var form = Form(model);

        form.Find("#start").Change(string.Empty);
        form.Find("form").Submit();

        Assert.Null(model.Start);
        form.WaitForAssertion(() => Assert.Contains("Say when.", form.Find(".mud-input-control:has(#start) .mud-input-helper-text.mud-input-error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_pickers_carry_the_domains_bounds_for_typed_dates()
    {
        var form = Form(new Model());

        Assert.Equal(("2000-01-01T00:00", "2100-12-31T23:59"), (form.Find("input#start").GetAttribute("min"), form.Find("input#start").GetAttribute("max")));
        Assert.Equal(("2000-01-01", "2100-12-31"), (form.Find("input#due").GetAttribute("min"), form.Find("input#due").GetAttribute("max")));
    }
}
