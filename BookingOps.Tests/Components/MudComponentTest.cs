using Bunit;
using MudBlazor.Services;

namespace BookingOps.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services and a loose JS runtime. MudBlazor's services dispose only
/// asynchronously, so xunit must dispose the context through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class MudComponentTest : BunitContext, IAsyncLifetime
{
    // bUnit's one second is too short for a component reading a real database on a loaded CI machine
    // (an export's progress was seen at 500 of 1,000 rows when the second ran out); a wait ends as soon as it holds.
    static MudComponentTest() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
