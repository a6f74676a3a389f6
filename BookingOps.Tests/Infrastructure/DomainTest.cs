namespace BookingOps.Tests.Infrastructure;

/// <summary>A test class that gets a fresh <see cref="DomainHarness"/> (its own database) per test.</summary>
public abstract class DomainTest : IAsyncLifetime
{
    protected DomainHarness Harness { get; private set; } = default!;

    public virtual async Task InitializeAsync() => Harness = await DomainHarness.CreateAsync();

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
