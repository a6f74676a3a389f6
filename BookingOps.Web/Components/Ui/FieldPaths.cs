using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Components.Forms;

namespace BookingOps.Web.Components.Ui;

/// <summary>Maps the domain's message keys ("Business.Name", "PriceLines[2].Quantity") to the form field they concern.</summary>
public static class FieldPaths
{
    public static FieldIdentifier? Resolve(object model, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        object? owner = model;
        var parts = key.Split('.');
        foreach (var part in parts[..^1])
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            owner = owner?.GetType().GetProperty(name)?.GetValue(owner);
            if (bracket >= 0 && owner is IList list
                && int.TryParse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture, out var index)
                && index >= 0 && index < list.Count)
            {
                owner = list[index];
            }
        }

        return owner?.GetType().GetProperty(parts[^1]) is null ? null : new FieldIdentifier(owner, parts[^1]);
    }
}
