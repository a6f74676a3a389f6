namespace BookingOps.Domain.Common;

/// <summary>Someone else saved the same record after it was loaded; nothing was written.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);
