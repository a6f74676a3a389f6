namespace BookingOps.Domain.BulkImports;

/// <summary>What can be imported in bulk.</summary>
public enum ImportKind
{
    Expenses = 1,
    Customers = 2,
    Crew = 3,
}

/// <summary>A field an import fills, the label the mapping shows, and column names that match it without asking.</summary>
public sealed record ImportField(string Key, string Label, bool Required, params string[] Aliases);

/// <summary>Which column (by position) fills which field.</summary>
public sealed record ImportMapping(IReadOnlyDictionary<string, int> Columns)
{
    public string? ValueOf(IReadOnlyList<string> row, string field) =>
        Columns.TryGetValue(field, out var column) && column >= 0 && column < row.Count && !string.IsNullOrWhiteSpace(row[column]) ? row[column].Trim() : null;
}

/// <summary>One row of the file (its line number counts the header as line 1) and what is wrong with it, if anything.</summary>
public sealed record ImportRow(int Line, IReadOnlyList<string> Values, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// What a check found: how many rows, how many would be saved, the first rows as a preview and every
/// rejected row with its reasons (also written as a file to download). Nothing is saved by a check.
/// </summary>
public sealed record ImportCheck(IReadOnlyList<string> Header, int Total, int Valid, IReadOnlyList<ImportRow> Preview, IReadOnlyList<ImportRow> Rejected, string? RejectedFile)
{
    public int RejectedCount => Total - Valid;
}

/// <summary>A row turned into the record to save, or refused with its reasons.</summary>
internal sealed record RowOutcome(object? Record, IReadOnlyList<string> Problems);
