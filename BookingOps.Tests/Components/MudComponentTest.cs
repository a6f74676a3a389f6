using Bunit;
using MudBlazor.Services;

namespace BookingOps.Tests.Components;

/// <summary>
/// A bUnit context with MudBlazor's services and a loose JS runtime. MudBlazor's services dispose only
/// asynchronously, so xunit must dispose the context through <see cref="IAsyncLifetime"/>.
/// </summary>
public abstract class MudComponentTest : BunitContext, IAsyncLifetime
{
    protected MudComponentTest()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await base.DisposeAsync();
}
