using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Persistence;

/// <summary>SQLite's EXPLAIN QUERY PLAN for a LINQ query, with its parameters bound, for benchmarks.</summary>
public static class QueryPlan
{
    public static async Task<IReadOnlyList<string>> ExplainAsync(DbContext db, IQueryable query, CancellationToken cancellationToken = default)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var lines = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}
