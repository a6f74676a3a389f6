namespace BookingOps.Domain.Common;

/// <summary>
/// The domain refused an action, with a message meant for the user; nothing was saved. Pages show every
/// one of these the same way and never let one crash the page.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
