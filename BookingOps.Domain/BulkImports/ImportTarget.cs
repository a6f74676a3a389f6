using BookingOps.Domain.Common;
using BookingOps.Domain.Persistence;

namespace BookingOps.Domain.BulkImports;

/// <summary>
/// One kind of import: its fields, how a chunk of rows becomes records (looking up what rows name in one
/// query per chunk) and how records are saved. A target lives for one run.
/// </summary>
internal abstract class ImportTarget
{
    public abstract IReadOnlyList<ImportField> Fields { get; }

    /// <summary>Loads what every row may name (categories, crew) once per run.</summary>
    public abstract Task PrepareAsync(BookingOpsDbContext db, Actor actor, CancellationToken cancellationToken);

    public abstract Task<IReadOnlyList<RowOutcome>> CheckAsync(BookingOpsDbContext db, IReadOnlyList<IReadOnlyList<string>> rows, ImportMapping mapping, CancellationToken cancellationToken);

    /// <summary>Adds the records to <paramref name="db"/>, inside the import's transaction; the caller saves.</summary>
    public abstract Task AddAsync(BookingOpsDbContext db, IReadOnlyList<object> records, CancellationToken cancellationToken);
}
