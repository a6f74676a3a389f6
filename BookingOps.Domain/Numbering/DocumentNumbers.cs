using System.Globalization;
using BookingOps.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.Numbering;

/// <summary>
/// Hands out document numbers such as BKG-2026-00001: one series per prefix and year, without gaps or
/// duplicates. The counter moves inside the caller's transaction, so a failed save rolls it back (no
/// gap), and SQLite lets one writer at a time through (no duplicate).
/// </summary>
public static class DocumentNumbers
{
    public static async Task<string> NextAsync(BookingOpsDbContext db, string prefix, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Document numbers must be taken inside the transaction that saves the document.");
        }

        var key = $"{prefix}-{year.ToString(CultureInfo.InvariantCulture)}";
        var next = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO NumberSeries ("Key", "LastNumber") VALUES ({key}, 1)
                ON CONFLICT ("Key") DO UPDATE SET "LastNumber" = "LastNumber" + 1
                RETURNING "LastNumber" AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return $"{key}-{next.Single().ToString("D5", CultureInfo.InvariantCulture)}";
    }
}
