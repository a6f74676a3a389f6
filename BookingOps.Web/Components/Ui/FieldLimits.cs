using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;

namespace BookingOps.Web.Components.Ui;

/// <summary>The domain's length rule for a model field, so the browser holds the same limit the domain checks.</summary>
public static class FieldLimits
{
    /// <summary>For text that no domain rule bounds (search and filter boxes): long enough for any search, far below the live connection's message limit.</summary>
    public const int Unruled = 200;

    /// <summary>The <see cref="StringLengthAttribute"/> or <see cref="MaxLengthAttribute"/> of the field <paramref name="field"/> reads, if any.</summary>
    public static int? MaxLength(LambdaExpression? field)
    {
        var body = field?.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : field?.Body;
        if (body is not MemberExpression { Member: PropertyInfo property })
        {
            return null;
        }

        return property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length;
    }
}
