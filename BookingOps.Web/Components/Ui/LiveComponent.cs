using BookingOps.Domain.Live;
using Microsoft.AspNetCore.Components;

namespace BookingOps.Web.Components.Ui;

/// <summary>
/// A page that refreshes itself when data it shows is saved. It subscribes to the change feed once the circuit
/// is live and unsubscribes when the circuit ends, so closed pages leave nothing behind. A page that saved
/// something itself, in one of its own event handlers, reloads there; the feed's echo of that save is not
/// reloaded a second time.
/// </summary>
public abstract class LiveComponent : ComponentBase, IHandleEvent, IDisposable
{
    private IDisposable? subscription;
    private int handling;
    private long handledThrough;

    [Inject]
    private ChangeFeed Changes { get; set; } = default!;

    [Inject]
    private ChangeOrigin Origin { get; set; } = default!;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A page with work of its own under way (an export) stops it here, and calls this.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            subscription?.Dispose();
        }
    }

    /// <summary>Whether a commit's changes concern what this page shows.</summary>
    protected abstract bool Shows(ChangeSet changes);

    /// <summary>Reloads the page's data; the page re-renders afterwards.</summary>
    protected abstract Task RefreshAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            subscription = Changes.Subscribe(changes => Shows(changes)
                ? InvokeAsync(async () =>
                {
                    if (IsEchoOfOwnAction(changes))
                    {
                        return;
                    }

                    await RefreshAsync();
                    StateHasChanged();
                })
                : Task.CompletedTask);
        }
    }

    /// <summary>Saved from this circuit while, or before, one of this page's own handlers ran to its end.</summary>
    private bool IsEchoOfOwnAction(ChangeSet changes) =>
        ReferenceEquals(changes.Origin, Origin) && (handling > 0 || changes.Sequence <= handledThrough);

    /// <summary>As <see cref="ComponentBase"/> handles an event (render now, and again when it ends), noting which saves it saw.</summary>
    Task IHandleEvent.HandleEventAsync(EventCallbackWorkItem callback, object? arg)
    {
        handling++;
        var task = callback.InvokeAsync(arg);
        if (task.Status is TaskStatus.RanToCompletion or TaskStatus.Canceled)
        {
            Handled();
            StateHasChanged();
            return Task.CompletedTask;
        }

        StateHasChanged();
        return CompleteAsync(task);
    }

    private async Task CompleteAsync(Task task)
    {
        try
        {
            await task;
        }
        catch when (task.IsCanceled)
        {
            return;
        }
        finally
        {
            Handled();
        }

        StateHasChanged();
    }

    private void Handled()
    {
        handling--;
        handledThrough = Changes.Sequence;
    }
}
