using MudBlazor;

namespace BookingOps.Web.Components.Ui;

/// <summary>
/// MudBlazor's text field with the domain's length limit as the browser's <c>maxlength</c> (and a counter on
/// multi-line fields), read from the <c>For</c> field's rule. No text a user types or pastes can then exceed
/// what the domain accepts, nor the live connection's message limit, which silently dropped the value.
/// </summary>
public sealed class TextField<T> : MudTextField<T>
{
    private const int MudDefaultMaxLength = 524_288;

    protected override void OnParametersSet()
    {
        if (MaxLength == MudDefaultMaxLength)
        {
            MaxLength = FieldLimits.MaxLength(For) ?? FieldLimits.Unruled;
            if (Lines > 1)
            {
                Counter = MaxLength;
            }
        }

        base.OnParametersSet();
    }
}
