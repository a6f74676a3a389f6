using BookingOps.Domain.Documents.Pdf;

namespace BookingOps.Tests.Documents;

public sealed class PdfFontMetricsTests
{
    [Theory]
    [InlineData("a", PdfFont.Helvetica, 556)]
    [InlineData(" ", PdfFont.Helvetica, 278)]
    [InlineData("W", PdfFont.Helvetica, 944)]
    [InlineData("i", PdfFont.Helvetica, 222)]
    [InlineData("'", PdfFont.Helvetica, 191)]
    [InlineData("1", PdfFont.Helvetica, 556)]
    [InlineData("€", PdfFont.Helvetica, 556)]
    [InlineData("–", PdfFont.Helvetica, 556)]
    [InlineData("—", PdfFont.Helvetica, 1000)]
    [InlineData("×", PdfFont.Helvetica, 584)]
    [InlineData("é", PdfFont.Helvetica, 556)]
    [InlineData("µ", PdfFont.Helvetica, 556)]
    [InlineData("a", PdfFont.HelveticaBold, 556)]
    [InlineData(" ", PdfFont.HelveticaBold, 278)]
    [InlineData("W", PdfFont.HelveticaBold, 944)]
    [InlineData("i", PdfFont.HelveticaBold, 278)]
    [InlineData("'", PdfFont.HelveticaBold, 238)]
    [InlineData("•", PdfFont.HelveticaBold, 350)]
    [InlineData("ü", PdfFont.HelveticaBold, 611)]
    public void Glyph_widths_are_adobes_helvetica_metrics(string glyph, PdfFont font, int width)
    {
        Assert.Equal(width, PdfFontMetrics.Measure(glyph, font, 1000), 6);
    }

    [Fact]
    public void Text_width_is_the_sum_of_its_glyphs_scaled_to_the_size()
    {
        // T 611 + o 556 + t 278 + a 556 + l 222
        Assert.Equal(22.23, PdfFontMetrics.Measure("Total", PdfFont.Helvetica, 10), 6);
        Assert.Equal(PdfTextStyle.Bold(9).Measure("Total"), PdfFontMetrics.Measure("Total", PdfFont.HelveticaBold, 9), 6);
        Assert.Equal(0, PdfFontMetrics.Measure("", PdfFont.Helvetica, 10));
    }

    [Fact]
    public void Characters_without_a_winansi_code_are_measured_as_the_question_mark_they_become()
    {
        Assert.Equal(PdfFontMetrics.Measure("?", PdfFont.Helvetica, 10), PdfFontMetrics.Measure("✓", PdfFont.Helvetica, 10), 6);
        Assert.Equal(PdfFontMetrics.Measure("?", PdfFont.Helvetica, 10), PdfFontMetrics.Measure("😀", PdfFont.Helvetica, 10), 6);
    }

    [Theory]
    [InlineData('A', 0x41)]
    [InlineData('~', 0x7E)]
    [InlineData('\u00A0', 0xA0)]
    [InlineData('é', 0xE9)]
    [InlineData('×', 0xD7)]
    [InlineData('ÿ', 0xFF)]
    [InlineData('€', 0x80)]
    [InlineData('‚', 0x82)]
    [InlineData('…', 0x85)]
    [InlineData('Š', 0x8A)]
    [InlineData('‘', 0x91)]
    [InlineData('’', 0x92)]
    [InlineData('“', 0x93)]
    [InlineData('”', 0x94)]
    [InlineData('•', 0x95)]
    [InlineData('–', 0x96)]
    [InlineData('—', 0x97)]
    [InlineData('™', 0x99)]
    [InlineData('Ÿ', 0x9F)]
    [InlineData('\t', 0x20)]
    [InlineData('−', 0x2D)]
    [InlineData('\u202F', 0xA0)]
    [InlineData('\n', 0x3F)]
    [InlineData('\u0080', 0x3F)]
    [InlineData('✓', 0x3F)]
    [InlineData('中', 0x3F)]
    public void Unicode_maps_to_windows_1252(char c, int code)
    {
        Assert.Equal(code, WinAnsiEncoding.Encode(c));
    }

    [Fact]
    public void Strings_are_written_in_winansi_with_delimiters_escaped_and_one_question_mark_per_unknown_character()
    {
        var written = new PdfByteWriter().Text("(paid) \\ € é ✓ 😀").ToArray();

        byte[] expected = [.. "(\\(paid\\) \\\\ "u8, 0x80, (byte)' ', 0xE9, .. " ? ?)"u8];
        Assert.Equal(expected, written);
    }

    [Theory]
    [InlineData(12.345, "12.35 ")]
    [InlineData(595.28, "595.28 ")]
    [InlineData(841.8899999, "841.89 ")]
    [InlineData(-0.001, "0 ")]
    [InlineData(10, "10 ")]
    [InlineData(-3.5, "-3.5 ")]
    public void Numbers_are_written_with_at_most_two_decimals_whatever_the_culture(double value, string expected)
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(expected, System.Text.Encoding.ASCII.GetString(new PdfByteWriter().Number(value).Written));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }
}
