using System.ComponentModel.DataAnnotations;
using Bunit;
using BookingOps.Web.Components.Ui;

namespace BookingOps.Tests.Components;

public sealed class TextFieldTests : MudComponentTest
{
    private sealed class Model
    {
        [StringLength(2000)]
        public string? Notes { get; set; }

        [StringLength(120)]
        public string Name { get; set; } = string.Empty;
    }

    [Fact]
    public void A_field_carries_its_domain_rule_as_maxlength_and_multi_line_fields_count_towards_it()
    {
        var model = new Model();

        var name = Render<TextField<string>>(p => p.Add(f => f.Value, model.Name).Add(f => f.For, () => model.Name));
        var notes = Render<TextField<string?>>(p => p.Add(f => f.Value, model.Notes).Add(f => f.For, () => model.Notes).Add(f => f.Lines, 3));

        Assert.Equal("120", name.Find("input").GetAttribute("maxlength"));
        Assert.Empty(name.FindAll(".mud-input-helper-text"));
        Assert.Equal("2000", notes.Find("textarea").GetAttribute("maxlength"));
        Assert.Contains("0 / 2000", notes.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_without_a_rule_such_as_a_search_box_is_still_bounded()
    {
        var search = Render<TextField<string>>(p => p.Add(f => f.Value, string.Empty));

        Assert.Equal(FieldLimits.Unruled.ToString(System.Globalization.CultureInfo.InvariantCulture), search.Find("input").GetAttribute("maxlength"));
    }
}
