using BookingOps.Tests.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace BookingOps.Tests.Components;

/// <summary>A component test on a real database: the domain's services come from a <see cref="DomainHarness"/>.</summary>
public abstract class DomainComponentTest : MudComponentTest, IAsyncLifetime
{
    protected DomainHarness Harness { get; private set; } = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        Harness = await DomainHarness.CreateAsync();
        await ArrangeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Harness.DisposeAsync();
    }

    /// <summary>Sets up the data and the services the component under test needs.</summary>
    protected abstract Task ArrangeAsync();

    /// <summary>Gives the component the harness's <typeparamref name="TService"/>, scoped as a page would have it.</summary>
    protected void Use<TService>()
        where TService : class => Services.AddScoped(_ => Harness.Get<TService>());
}
