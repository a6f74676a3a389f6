using BookingOps.Domain.Common;

namespace BookingOps.Domain.Accounts;

/// <summary>A write by someone whose account was deactivated, or whose role or password an Admin changed, since they signed in.</summary>
public sealed class SessionEndedException()
    : DomainException("Your sign-in has ended: an Admin changed or deactivated your account. Nothing was saved; sign in again.");
