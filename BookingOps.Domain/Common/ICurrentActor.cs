namespace BookingOps.Domain.Common;

/// <summary>Resolves who the current request or circuit acts for; the web host implements it.</summary>
public interface ICurrentActor
{
    ValueTask<Actor> GetAsync(CancellationToken cancellationToken = default);
}
