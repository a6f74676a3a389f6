namespace BookingOps.Domain.Setup;

/// <summary>
/// Remembers, per application instance, that first-run setup is done, so the check that guards every
/// request costs nothing once it has been true.
/// </summary>
public sealed class SetupStatus
{
    private volatile bool complete;

    public bool KnownComplete => complete;

    public void MarkComplete() => complete = true;
}
