using BookingOps.Domain.Common;

namespace BookingOps.Tests.Infrastructure;

public sealed class TestActor : ICurrentActor
{
    public Actor Current { get; set; } = new("user-1", "office@example.test");

    public ValueTask<Actor> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Current);
}
