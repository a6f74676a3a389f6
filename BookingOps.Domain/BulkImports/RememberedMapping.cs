namespace BookingOps.Domain.BulkImports;

/// <summary>The column names last mapped to each field of an import, so the next file with the same columns maps itself.</summary>
public class RememberedMapping
{
    public ImportKind Kind { get; set; }

    /// <summary>Field key → column name, as JSON.</summary>
    public string Columns { get; set; } = "{}";
}
