namespace BookingOps.Domain.Common;

/// <summary>
/// A record protected against lost updates: <see cref="Version"/> is a concurrency token that
/// the DbContext increments on every save, so a save based on an older version is refused.
/// </summary>
public interface IVersioned
{
    long Version { get; set; }
}
