namespace BookingOps.Domain.Fleet;

/// <summary>A vehicle document (road tax, insurance, permit) and the last day it is valid.</summary>
public sealed record DocumentExpiry(string Kind, DateOnly ExpiresOn);
