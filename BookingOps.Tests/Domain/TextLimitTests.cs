using System.ComponentModel.DataAnnotations;
using System.Reflection;
using BookingOps.Domain.Common;

namespace BookingOps.Tests.Domain;

/// <summary>Every text a user types has a length rule, which the browser's fields carry as maxlength and the domain enforces.</summary>
public sealed class TextLimitTests
{
    /// <summary>The forms' input models, in the domain and the web project.</summary>
    public static TheoryData<Type> InputModels()
    {
        var types = typeof(InputValidation).Assembly.GetTypes().Concat(typeof(BookingOps.Web.Components.Ui.FieldLimits).Assembly.GetTypes())
            .Where(t => t.IsClass && !t.IsAbstract && t.Name.EndsWith("Input", StringComparison.Ordinal) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var data = new TheoryData<Type>();
        foreach (var type in types)
        {
            data.Add(type);
        }

        return data;
    }

    private static IEnumerable<PropertyInfo> TextProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanWrite);

    [Theory]
    [MemberData(nameof(InputModels))]
    public void Every_text_field_of_every_form_has_a_length_rule(Type input)
    {
        var unbounded = TextProperties(input)
            .Where(p => p.GetCustomAttribute<StringLengthAttribute>() is null && p.GetCustomAttribute<MaxLengthAttribute>() is null)
            .Select(p => p.Name);

        Assert.Empty(unbounded);
    }

    [Theory]
    [MemberData(nameof(InputModels))]
    public void A_value_one_past_the_limit_is_refused_beside_its_field(Type input)
    {
        foreach (var property in TextProperties(input))
        {
            var limit = property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()!.Length;
            var model = Activator.CreateInstance(input)!;
            property.SetValue(model, new string('x', limit + 1));

            Assert.True(InputValidation.Collect(model).ContainsKey(property.Name), $"{input.Name}.{property.Name} accepts {limit + 1} characters.");
        }
    }
}
