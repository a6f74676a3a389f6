using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace BookingOps.Web.Components.Ui;

/// <summary>
/// A field of our own making inside an EditForm that shows the form's first message for the model field
/// it edits, as MudBlazor's own fields do, and follows the form as messages come and go.
/// </summary>
public abstract class FieldMessageComponent : ComponentBase, IDisposable
{
    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    /// <summary>The model field whose messages this component shows; none shows no messages.</summary>
    protected abstract FieldIdentifier? MessagesFor { get; }

    private ValidationMessageStore? typingMessages;
    private string? typingMessage;

    /// <summary>What is wrong with what was typed, else the form's first message for the field.</summary>
    protected string? Message => typingMessage
        ?? (MessagesFor is { } identifier && EditContext is not null ? EditContext.GetValidationMessages(identifier).FirstOrDefault() : null);

    /// <summary>
    /// Shows (or, with null, clears) a message about text that could not be read as a value. Inside a form
    /// it also holds the form back from submitting, as the framework's own inputs do.
    /// </summary>
    protected void SetTypingMessage(string? message)
    {
        typingMessage = message;
        if (EditContext is not null && MessagesFor is { } identifier)
        {
            typingMessages ??= new ValidationMessageStore(EditContext);
            typingMessages.Clear(identifier);
            if (message is not null)
            {
                typingMessages.Add(identifier, message);
            }

            EditContext.NotifyValidationStateChanged();
        }
    }

    protected override void OnInitialized()
    {
        if (EditContext is not null)
        {
            EditContext.OnValidationStateChanged += Revalidated;
        }
    }

    /// <summary>Tells the form the field changed, so its messages clear or re-validate.</summary>
    protected void NotifyFieldChanged()
    {
        if (MessagesFor is { } identifier)
        {
            EditContext?.NotifyFieldChanged(identifier);
        }
    }

    public void Dispose()
    {
        if (EditContext is not null)
        {
            EditContext.OnValidationStateChanged -= Revalidated;
        }

        GC.SuppressFinalize(this);
    }

    private void Revalidated(object? sender, ValidationStateChangedEventArgs e) => InvokeAsync(StateHasChanged);
}
