using System.Globalization;
using System.IO.Compression;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using BookingOps.Domain.Common;

namespace BookingOps.Domain.BulkImports;

/// <summary>
/// The rows of an uploaded CSV or Excel file, told apart by content (an .xlsx is a zip archive), the first
/// row being the column names. A CSV is read a row at a time, so its size does not matter to memory; an
/// Excel workbook is opened whole, as ClosedXML does.
/// </summary>
public static class ImportTable
{
    public const int MaxUploadBytes = 20 * 1024 * 1024;

    public const string Field = "File";

    public static bool IsWorkbook(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> start = stackalloc byte[4];
        return file.Read(start) == 4 && start.SequenceEqual("PK\u0003\u0004"u8);
    }

    /// <summary>The column names, then each row's cells as text (dates from Excel as yyyy-MM-dd).</summary>
    public static IEnumerable<string[]> Rows(string path) => IsWorkbook(path) ? WorkbookRows(path) : CsvRows(path);

    private static IEnumerable<string[]> CsvRows(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null });
        while (csv.Read())
        {
            yield return csv.Record ?? [];
        }
    }

    private static IEnumerable<string[]> WorkbookRows(string path)
    {
        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(path);
        }
        catch (Exception failure) when (failure is InvalidDataException or FileFormatException or InvalidOperationException)
        {
            throw new DomainValidationException(Field, "This file could not be read as an Excel workbook (.xlsx); save it again or as CSV.");
        }

        using (workbook)
        {
            var sheet = workbook.Worksheets.First();
            var width = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
            foreach (var row in sheet.RowsUsed())
            {
                yield return Enumerable.Range(1, width).Select(column => Text(row.Cell(column))).ToArray();
            }
        }
    }

    private static string Text(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
        _ => cell.GetString().Trim(),
    };
}
