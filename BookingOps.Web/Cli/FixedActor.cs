using BookingOps.Domain.Common;

namespace BookingOps.Web.Cli;

/// <summary>A service as a given signed-in user would get it, for benchmarks of what only they may do.</summary>
internal sealed class FixedActor(Actor actor) : ICurrentActor
{
    public ValueTask<Actor> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(actor);
}
