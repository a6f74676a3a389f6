namespace BookingOps.Domain.Common;

/// <summary>An operation the rules do not allow in the current state, with a message for the user.</summary>
public class BusinessRuleException(string message) : DomainException(message);
