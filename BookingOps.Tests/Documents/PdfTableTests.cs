using System.Globalization;
using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Tests.Documents;

public sealed class PdfTableTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly PdfColumn[] Lines =
    [
        PdfColumn.Relative("Description"),
        PdfColumn.Fixed("Qty", 40, PdfAlign.Right),
        PdfColumn.Fixed("Unit price", 70, PdfAlign.Right),
        PdfColumn.Fixed("Amount", 80, PdfAlign.Right),
    ];

    [Fact]
    public void Sixty_rows_break_across_pages_repeating_the_header_and_keeping_every_row_once_in_order()
    {
        var document = PdfDocument.A4("Table", Created);
        document.Composer.Text("Invoice INV-2026-00001", PdfTextStyle.Bold(16)).Space(200);
        var table = document.Composer.Table(Lines);
        for (var i = 1; i <= 60; i++)
        {
            table.Row($"Row{i:00} dancer hours", "2", "150.00", string.Create(CultureInfo.InvariantCulture, $"{i * 300:N2}"));
        }

        var pdf = document.ToBytes();
        var words = Poppler.Words(pdf);

        Assert.True(document.Pages.Count >= 2);
        for (var page = 1; page <= document.Pages.Count; page++)
        {
            var text = Poppler.Text(pdf, page);
            Assert.Matches(@"Description\s+Qty\s+Unit price\s+Amount", text);
            Assert.Single(words, w => w.Page == page && w.Text == "Description");
        }

        var rows = words.Where(w => w.Text.StartsWith("Row", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"Row{i:00}"), rows.Select(w => w.Text));
        Assert.Equal(rows.OrderBy(w => w.Page).ThenBy(w => w.YMin).Select(w => w.Text), rows.Select(w => w.Text));
        // The header comes first on each page, above that page's rows.
        Assert.All(rows, row => Assert.True(words.Single(w => w.Page == row.Page && w.Text == "Description").YMax < row.YMin));
        Assert.All(words, w => Assert.True(w.YMax <= 841.89 - 56));
    }

    [Fact]
    public void Right_aligned_cells_end_at_the_column_edge_less_the_padding()
    {
        var document = PdfDocument.A4("Align", Created);
        var table = document.Composer.Table(Lines);
        table.Row("Sound system", "2", "400.00", "800.00").Row("Dancers", "12", "1,250.50", "15,006.00");

        var words = Poppler.Words(document.ToBytes());

        var edges = table.Columns.Select(c => c.Left + c.Width - PdfTable.PaddingX).ToArray();
        Assert.Equal(document.Composer.Right - PdfTable.PaddingX, edges[3], 6);
        foreach (var (text, column) in new[] { ("Qty", 1), ("2", 1), ("12", 1), ("400.00", 2), ("1,250.50", 2), ("Amount", 3), ("800.00", 3), ("15,006.00", 3) })
        {
            Assert.All(words.Where(w => w.Text == text), w => Assert.Equal(edges[column], w.XMax, 0.5));
        }

        var style = PdfTextStyle.Regular(10);
        Assert.Equal(edges[3] - style.Measure("15,006.00"), words.Single(w => w.Text == "15,006.00").XMin, 0.5);
        Assert.Equal(document.Composer.Left + PdfTable.PaddingX, words.Single(w => w.Text == "Sound").XMin, 0.5);
    }

    [Fact]
    public void Cells_wrap_and_a_row_is_as_tall_as_its_tallest_cell()
    {
        var document = PdfDocument.A4("Wrap", Created);
        var table = document.Composer.Table([PdfColumn.Relative("Description"), PdfColumn.Fixed("Amount", 80, PdfAlign.Right)]);
        var before = document.Composer.Y;
        table.Row("Dance show with four dancers, two costume changes and a finale with the bride and groom on stage", "2,500.00")
            .Row("Next", "1.00");

        var words = Poppler.Words(document.ToBytes());

        var description = words.TakeWhile(w => w.Text != "Next").Where(w => w.Text is not ("2,500.00" or "Description" or "Amount")).ToList();
        var lines = description.Select(w => Math.Round(w.YMin)).Distinct().Count();
        Assert.True(lines >= 2);
        Assert.All(description, w => Assert.True(w.XMax <= table.Columns[0].Left + table.Columns[0].Width - PdfTable.PaddingX + 0.5));
        Assert.True(words.Single(w => w.Text == "Next").YMin > description.Max(w => w.YMax));
        var header = 12 + 6;
        Assert.Equal(before + header + ((lines * 12) + 6) + (12 + 6), document.Composer.Y, 6);
    }

    [Fact]
    public void A_multi_line_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var document = PdfDocument.A4("Move", Created);
        var table = document.Composer.Table(Lines);
        for (var i = 1; i <= 40; i++)
        {
            table.Row($"Item{i:00}\nsecond line\nthird line", "1", "1.00", "1.00");
        }

        var words = Poppler.Words(document.ToBytes());

        for (var i = 1; i <= 40; i++)
        {
            var item = words.Single(w => w.Text == $"Item{i:00}");
            var following = words.SkipWhile(w => w != item).Where(w => w.Text == "third").First();
            Assert.Equal(item.Page, following.Page);
        }
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_its_lines()
    {
        var document = PdfDocument.A4("Split", Created);
        var table = document.Composer.Table(Lines);
        var lines = string.Join('\n', Enumerable.Range(1, 100).Select(i => $"Note{i}"));
        table.Row(lines, "1", "1.00", "1.00").Row("After", "1", "1.00", "1.00");

        var words = Poppler.Words(document.ToBytes());

        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"Note{i}"), words.Where(w => w.Text.StartsWith("Note", StringComparison.Ordinal)).Select(w => w.Text));
        Assert.Equal(2, document.Pages.Count);
        Assert.Equal(2, words.Count(w => w.Text == "Description"));
        Assert.All(words, w => Assert.True(w.YMax <= 841.89 - 56));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(38)]
    [InlineData(45)]
    public void The_last_rows_kept_with_the_totals_move_with_them_and_repeat_the_header_once(int rows)
    {
        var document = PdfDocument.A4("Kept rows", Created);
        var table = document.Composer.Table(Lines);
        for (var i = 1; i <= rows; i++)
        {
            table.Row($"Row{i:00}", "1", "1.00", "1.00");
        }

        document.Composer.KeepTogether(c =>
        {
            table.Row("Last1", "1", "1.00", "1.00").Row("Last2", "1", "1.00", "1.00");
            c.Row("Total", "42.00", PdfTextStyle.Bold(11));
        });

        var words = Poppler.Words(document.ToBytes());
        var last = words.Single(w => w.Text == "Last1");
        Assert.Equal((last.Page, last.Page), (words.Single(w => w.Text == "Last2").Page, words.Single(w => w.Text == "Total").Page));
        Assert.Equal(document.Pages.Count, words.Count(w => w.Text == "Description"));
        Assert.All(words, w => Assert.True(w.YMax <= 841.89 - 56));
        Assert.Equal(
            words.Where(w => w.Text.StartsWith("Row", StringComparison.Ordinal) || w.Text.StartsWith("Last", StringComparison.Ordinal)).Select(w => w.Text),
            Enumerable.Range(1, rows).Select(i => $"Row{i:00}").Concat(["Last1", "Last2"]));
    }

    [Fact]
    public void A_table_without_headers_has_no_header_row()
    {
        var document = PdfDocument.A4("Plain", Created);
        var before = document.Composer.Y;

        document.Composer.Table([PdfColumn.Relative(""), PdfColumn.Relative("")], rowLines: false).Row("Booking", "BKG-2026-00001");

        Assert.Equal(before + 12 + 6, document.Composer.Y, 6);
        Assert.Contains("Booking", Poppler.Text(document.ToBytes()), StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_refuse_columns_wider_than_the_page_and_rows_with_too_many_cells()
    {
        var document = PdfDocument.A4("Refuse", Created);

        Assert.Throws<ArgumentException>(() => document.Composer.Table([PdfColumn.Relative("A"), PdfColumn.Fixed("B", 600)]));
        Assert.Throws<ArgumentException>(() => document.Composer.Table([]));
        var table = document.Composer.Table([PdfColumn.Relative("A")]);
        Assert.Throws<ArgumentException>(() => table.Row("1", "2"));
        Assert.Throws<ArgumentOutOfRangeException>(() => PdfColumn.Fixed("Zero", 0));
    }

    [Fact]
    public void A_table_in_a_roll_never_breaks()
    {
        var document = PdfDocument.Roll80("Roll", Created);
        var table = document.Composer.Table([PdfColumn.Relative("Item"), PdfColumn.Fixed("Amount", 60, PdfAlign.Right)], PdfTextStyle.Regular(8));
        for (var i = 0; i < 120; i++)
        {
            table.Row(string.Create(CultureInfo.InvariantCulture, $"Line {i}"), "1.00");
        }

        var pdf = document.ToBytes();

        Assert.Single(document.Pages);
        var words = Poppler.Words(pdf);
        Assert.Single(words, w => w.Text == "Item");
        Assert.Equal(120, words.Count(w => w.Text == "Line"));
        Assert.True(document.Pages[0].Height > 841.89);
    }
}
