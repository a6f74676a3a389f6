using System.Globalization;
using System.Text.Json;
using BookingOps.Domain.Common;
using BookingOps.Domain.Notifications;
using BookingOps.Domain.Persistence;
using BookingOps.Domain.Settings;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace BookingOps.Domain.BulkImports;

/// <summary>
/// Bulk import: the file's columns are mapped to fields (remembered from the last import of the kind),
/// every row is checked and nothing is saved; then, when the user confirms, the file is read again and
/// every valid row is saved in one transaction (a row that fails meanwhile fails the whole import).
/// Rows are handled in chunks, so a long file is never held in memory whole.
/// </summary>
public sealed class ImportService(
    IDbContextFactory<BookingOpsDbContext> dbFactory,
    BusinessCalendar calendar,
    ICurrentActor actor,
    TimeProvider clock)
{
    public const int PreviewRows = 50;
    private const int ChunkSize = 1_000;

    public IReadOnlyList<ImportField> FieldsOf(ImportKind kind) => Target(kind, default).Fields;

    /// <summary>The column names of the file (its first row).</summary>
    public static IReadOnlyList<string> HeaderOf(string path) =>
        ImportTable.Rows(path).FirstOrDefault()?.Select(h => h.Trim()).ToList()
            ?? throw new DomainValidationException(ImportTable.Field, "The file is empty.");

    /// <summary>Maps each field to a column: the column it was mapped to last time, else one whose name matches the field.</summary>
    public async Task<ImportMapping> SuggestAsync(ImportKind kind, IReadOnlyList<string> header, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var saved = await db.RememberedMappings.AsNoTracking().Where(m => m.Kind == kind).Select(m => m.Columns).SingleOrDefaultAsync(cancellationToken);
        var remembered = saved is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(saved) ?? [];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in FieldsOf(kind))
        {
            var names = remembered.TryGetValue(field.Key, out var name) ? [name, .. field.Aliases] : field.Aliases.Append(field.Label);
            var column = names.Select(n => IndexOf(header, n)).FirstOrDefault(i => i >= 0, -1);
            if (column >= 0)
            {
                columns[field.Key] = column;
            }
        }

        return new ImportMapping(columns);
    }

    /// <summary>Checks every row, saves nothing, and writes the rejected rows with their reasons beside the upload.</summary>
    public async Task<ImportCheck> CheckAsync(ImportKind kind, string path, ImportMapping mapping, CancellationToken cancellationToken = default)
    {
        EnsureMapped(kind, mapping);
        var header = HeaderOf(path);
        var (total, valid) = (0, 0);
        var preview = new List<ImportRow>();
        var rejected = new List<ImportRow>();
        await foreach (var (row, outcome) in CheckedRowsAsync(kind, path, mapping, cancellationToken))
        {
            total++;
            valid += outcome.Record is null ? 0 : 1;
            var checkedRow = new ImportRow(total + 1, row, outcome.Problems);
            if (preview.Count < PreviewRows)
            {
                preview.Add(checkedRow);
            }

            if (!checkedRow.IsValid)
            {
                rejected.Add(checkedRow);
            }
        }

        var rejectedFile = rejected.Count == 0 ? null : await WriteRejectedAsync(path, header, rejected, cancellationToken);
        return new ImportCheck(header, total, valid, preview, rejected, rejectedFile);
    }

    /// <summary>
    /// Saves every valid row in one transaction, reporting how many rows were read; remembers the mapping.
    /// Returns how many records were saved.
    /// </summary>
    public async Task<int> ImportAsync(ImportKind kind, string path, ImportMapping mapping, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        EnsureMapped(kind, mapping);
        var who = await actor.GetAsync(cancellationToken);
        var target = Target(kind, await calendar.TodayAsync());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await target.PrepareAsync(db, who, cancellationToken);
        var (read, saved) = (0, 0);
        foreach (var chunk in ImportTable.Rows(path).Skip(1).Chunk(ChunkSize))
        {
            var outcomes = await target.CheckAsync(db, chunk, mapping, cancellationToken);
            var records = outcomes.Where(o => o.Record is not null).Select(o => o.Record!).ToList();
            await target.AddAsync(db, records, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            (read, saved) = (read + chunk.Length, saved + records.Count);
            progress?.Report(read);
        }

        await RememberAsync(db, kind, mapping, HeaderOf(path), cancellationToken);
        if (who.UserId is not null)
        {
            // A long import may outlast the page that started it: its owner hears how it ended.
            var records = kind.ToString().ToLowerInvariant();
            await OfficeNotifications.RaiseOnceAsync(db, [Notification.Of(
                $"import-finished:{Guid.NewGuid():N}", NotificationKind.ImportFinished,
                string.Create(CultureInfo.InvariantCulture, $"Your import of {records} finished: {saved:N0} saved from {read:N0} rows."),
                records, clock.GetUtcNow(), who.UserId)], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    private async IAsyncEnumerable<(string[] Row, RowOutcome Outcome)> CheckedRowsAsync(
        ImportKind kind, string path, ImportMapping mapping, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var target = Target(kind, await calendar.TodayAsync());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await target.PrepareAsync(db, await actor.GetAsync(cancellationToken), cancellationToken);
        foreach (var chunk in ImportTable.Rows(path).Skip(1).Chunk(ChunkSize))
        {
            var outcomes = await target.CheckAsync(db, chunk, mapping, cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                yield return (chunk[i], outcomes[i]);
            }
        }
    }

    private ImportTarget Target(ImportKind kind, DateOnly today) => kind switch
    {
        ImportKind.Expenses => new ExpenseImport(clock, today),
        ImportKind.Customers => new CustomerImport(clock),
        ImportKind.Crew => new CrewImport(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private void EnsureMapped(ImportKind kind, ImportMapping mapping)
    {
        var missing = FieldsOf(kind).Where(f => f.Required && !mapping.Columns.ContainsKey(f.Key)).Select(f => f.Label).ToList();
        if (missing.Count > 0)
        {
            throw new DomainValidationException("Mapping", $"Choose the column for {string.Join(", ", missing)}.");
        }
    }

    private static async Task RememberAsync(BookingOpsDbContext db, ImportKind kind, ImportMapping mapping, IReadOnlyList<string> header, CancellationToken cancellationToken)
    {
        var columns = JsonSerializer.Serialize(mapping.Columns.Where(c => c.Value < header.Count).ToDictionary(c => c.Key, c => header[c.Value]));
        var remembered = await db.RememberedMappings.SingleOrDefaultAsync(m => m.Kind == kind, cancellationToken);
        if (remembered is null)
        {
            db.RememberedMappings.Add(new RememberedMapping { Kind = kind, Columns = columns });
        }
        else
        {
            remembered.Columns = columns;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The rejected rows as a CSV with the original columns and a last column saying why, beside the upload.</summary>
    private static async Task<string> WriteRejectedAsync(string path, IReadOnlyList<string> header, IReadOnlyList<ImportRow> rejected, CancellationToken cancellationToken)
    {
        var file = Path.ChangeExtension(path, ".rejected.csv");
        await using var writer = new StreamWriter(file);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var name in header.Append("Line").Append("Why it was not imported"))
        {
            csv.WriteField(name);
        }

        await csv.NextRecordAsync();
        foreach (var row in rejected)
        {
            foreach (var value in row.Values)
            {
                csv.WriteField(value);
            }

            csv.WriteField(row.Line);
            csv.WriteField(string.Join(" ", row.Problems));
            await csv.NextRecordAsync();
        }

        await writer.FlushAsync(cancellationToken);
        return file;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
