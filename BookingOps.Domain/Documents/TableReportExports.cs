using BookingOps.Domain.Billing;
using BookingOps.Domain.Documents.Pdf;
using BookingOps.Domain.Reports;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;
using static BookingOps.Domain.Documents.DocumentPdfParts;

namespace BookingOps.Domain.Documents;

/// <summary>
/// Any table report as Excel or PDF. Excel is written forward-only with SpreadCheetah while the rows stream from
/// the database, so memory stays flat however many rows there are; the PDF, a document people read, stops at
/// <see cref="MaxPdfRows"/> and says so.
/// </summary>
public static class TableReportExports
{
    public const int MaxPdfRows = 5_000;

    public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>How often progress is told, in rows.</summary>
    private const int ProgressEvery = 500;

    /// <summary>What an export in <paramref name="format"/> ("pdf" or "xlsx") is sent as.</summary>
    public static string ContentType(string format) => format == "pdf" ? "application/pdf" : WorkbookType;

    /// <summary>The report in <paramref name="format"/> ("pdf" or "xlsx") to <paramref name="output"/>: the workbook as its rows stream, the PDF once made.</summary>
    public static async Task WriteAsync(Stream output, string format, ITableReport report, ReportFilter filter, ReportSort? sort, DocumentHeader business, DateTimeOffset createdAt, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        if (format == "pdf")
        {
            await output.WriteAsync(await PdfAsync(report, filter, sort, business, createdAt, progress, cancellationToken), cancellationToken);
            return;
        }

        await WriteWorkbookAsync(output, report, filter, sort, business, progress, cancellationToken);
    }

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>: the business and the report with its filters on top, bold
    /// frozen column titles, real dates and numbers, and the range's totals in bold. In ASP.NET Core pass
    /// <c>Response.BodyWriter.AsStream()</c>: the zip's few synchronous writes are refused by <c>Response.Body</c>.
    /// </summary>
    public static async Task WriteWorkbookAsync(Stream output, ITableReport report, ReportFilter filter, ReportSort? sort, DocumentHeader business, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var columns = report.Columns;
        var facts = await report.DescribeAsync(filter, cancellationToken);
        await using var book = await Spreadsheet.CreateNewAsync(output, cancellationToken: cancellationToken);
        var options = new WorksheetOptions { FrozenRows = WorkbookCells.ReportHeaderRow };
        for (var i = 0; i < columns.Count; i++)
        {
            options.Column(i + 1).Width = columns[i].Width;
        }

        await book.StartWorksheetAsync(SheetName(report.Info.Title), options, cancellationToken);
        var bold = book.AddStyle(new Style { Font = { Bold = true } });
        var styles = new Styles(book, bold: false);
        var totalStyles = new Styles(book, bold: true);

        await book.AddRowAsync([new Cell(business.Name, bold)], cancellationToken);
        await book.AddRowAsync([new Cell(report.Info.Title + " · " + string.Join(" · ", facts.Select(f => $"{f[0]}: {f[1]}")))], cancellationToken);
        await book.AddRowAsync(Array.Empty<Cell>(), cancellationToken);
        await book.AddRowAsync(columns.Select(c => new Cell(c.Title, bold)).ToArray(), cancellationToken);

        var cells = new Cell[columns.Count];
        var written = 0;
        await foreach (var row in report.RowsAsync(filter, sort, cancellationToken))
        {
            Fill(cells, row, columns, styles);
            await book.AddRowAsync(cells, cancellationToken);
            if (++written % ProgressEvery == 0)
            {
                progress?.Report(written);
            }
        }

        if (await report.TotalsAsync(filter, cancellationToken) is { } totals)
        {
            Fill(cells, totals, columns, totalStyles);
            await book.AddRowAsync(cells, cancellationToken);
        }

        await book.FinishAsync(cancellationToken);
        progress?.Report(written);
    }

    /// <summary>The report on A4 (landscape when it has many columns): letterhead, filters, chart, rows and totals, page numbers.</summary>
    public static async Task<byte[]> PdfAsync(ITableReport report, ReportFilter filter, ReportSort? sort, DocumentHeader business, DateTimeOffset createdAt, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var view = await report.ViewAsync(filter, sort, new Common.PageRequest(Take: 1), cancellationToken);
        var facts = await report.DescribeAsync(filter, cancellationToken);
        var rows = new List<ReportRow>();
        var more = false;
        await foreach (var row in report.RowsAsync(filter, sort, cancellationToken))
        {
            if (rows.Count == MaxPdfRows)
            {
                more = true;
                break;
            }

            rows.Add(row);
            if (rows.Count % ProgressEvery == 0)
            {
                progress?.Report(rows.Count);
            }
        }

        var columns = report.Columns;
        return Report(business, $"{report.Info.Title} {filter.Period.Describe()}", report.Info.Title.ToUpperInvariant(), facts, landscape: columns.Count > 6, createdAt, c =>
        {
            if (view.Chart is { } chart)
            {
                BarChart(c, chart.Labels, chart.Series.Select(s => (s.Name, s.Values)).ToList());
                c.Space(10);
            }

            // Shares of the page in proportion to the columns' widths, so a report as wide as profit by booking still fits.
            var table = c.Table(columns.Select(column =>
                PdfColumn.Relative(column.Title, column.Width, ReportCells.IsNumber(column.Kind) ? PdfAlign.Right : PdfAlign.Left)).ToList());
            foreach (var row in rows)
            {
                table.Row(Texts(row, columns, view.Currency));
            }

            if (view.Totals is { } totals)
            {
                table.Row(PdfTextStyle.Bold(9), Texts(totals, columns, view.Currency));
            }

            if (more)
            {
                c.Space(8).Text($"The first {MaxPdfRows:N0} rows are shown; export to Excel for all of them.", Small);
            }
        });
    }

    private static string[] Texts(ReportRow row, IReadOnlyList<ReportColumn> columns, string currency) =>
        columns.Select((column, i) => ReportCells.Format(row.Cells[i], column.Kind, currency)).ToArray();

    private static void Fill(Cell[] cells, ReportRow row, IReadOnlyList<ReportColumn> columns, Styles styles)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            cells[i] = row.Cells[i] switch
            {
                null => new Cell(string.Empty, styles.Text),
                DateOnly day => new Cell(day.ToDateTime(TimeOnly.MinValue), styles.Day),
                decimal amount => new Cell(amount, columns[i].Kind switch
                {
                    CellKind.Percent => styles.Percent,
                    CellKind.Quantity => styles.Quantity,
                    _ => styles.Money,
                }),
                int count => new Cell(count, styles.Count),
                var value => new Cell(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), styles.Text),
            };
        }
    }

    /// <summary>Excel allows 31 characters and no []:*?/\ in a sheet's name.</summary>
    private static string SheetName(string title)
    {
        var name = new string(title.Where(ch => !"[]:*?/\\".Contains(ch)).ToArray());
        return name.Length > 31 ? name[..31] : name;
    }

    /// <summary>The cell styles of a row: plain for the rows, bold for the totals.</summary>
    private sealed class Styles
    {
        public Styles(Spreadsheet book, bool bold)
        {
            Style With(NumberFormat? format) => new() { Font = { Bold = bold }, Format = format };
            Text = book.AddStyle(With(null));
            Day = book.AddStyle(With(NumberFormat.Custom(WorkbookCells.DayFormat)));
            Money = book.AddStyle(With(NumberFormat.Custom(WorkbookCells.MoneyFormat)));
            Count = book.AddStyle(With(NumberFormat.Custom("#,##0")));
            Percent = book.AddStyle(With(NumberFormat.Custom("0.0")));
            Quantity = book.AddStyle(With(NumberFormat.Custom(ReportCells.QuantityFormat)));
        }

        public StyleId Text { get; }

        public StyleId Day { get; }

        public StyleId Money { get; }

        public StyleId Count { get; }

        public StyleId Percent { get; }

        public StyleId Quantity { get; }
    }
}
