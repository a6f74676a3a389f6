using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Customers;

/// <summary>The full-text index over customers (see the CustomerSearchIndex migration), for composing into queries.</summary>
public static class CustomerSearchIndex
{
    /// <summary>Ids of the customers matching an expression built by <see cref="CustomerSearchExpression"/>.</summary>
    public static IQueryable<int> Matches(BookingOpsDbContext db, string match) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM CustomerSearch WHERE CustomerSearch MATCH {match}");

    public static Task<int> CountAsync(BookingOpsDbContext db, string match, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM CustomerSearch WHERE CustomerSearch MATCH {match}").SingleAsync(cancellationToken);
}
