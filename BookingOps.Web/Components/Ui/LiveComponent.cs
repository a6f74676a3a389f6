using BookingOps.Domain.Live;
using Microsoft.AspNetCore.Components;

namespace BookingOps.Web.Components.Ui;

/// <summary>
/// A page that refreshes itself when others save data it shows. It subscribes to the change feed once
/// the circuit is live and unsubscribes when the circuit ends, so closed pages leave nothing behind.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private IDisposable? subscription;

    [Inject]
    private ChangeFeed Changes { get; set; } = default!;

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

    /// <summary>Whether a change concerns what this page shows.</summary>
    protected abstract bool Shows(DataChange change);

    /// <summary>Reloads the page's data; the page re-renders afterwards.</summary>
    protected abstract Task RefreshAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            subscription = Changes.Subscribe(change => Shows(change)
                ? InvokeAsync(async () =>
                {
                    await RefreshAsync();
                    StateHasChanged();
                })
                : Task.CompletedTask);
        }
    }
}
