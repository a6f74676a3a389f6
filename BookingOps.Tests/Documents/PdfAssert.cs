using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BookingOps.Tests.Documents;

/// <summary>Checks on the PDF file structure itself, independent of any reader's leniency.</summary>
internal static partial class PdfAssert
{
    /// <summary>Every in-use xref entry gives the byte offset of "N 0 obj" for its own N, and startxref points at the table.</summary>
    public static void CrossReferenceIsExact(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startxref = int.Parse(StartXref().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 ", text[startxref..], StringComparison.Ordinal);

        var lines = text[startxref..].Split('\n');
        var count = int.Parse(lines[1].Split(' ')[1], CultureInfo.InvariantCulture);
        Assert.Equal("0000000000 65535 f ", lines[2]);
        for (var number = 1; number < count; number++)
        {
            var entry = lines[2 + number];
            Assert.Matches("^[0-9]{10} 00000 n $", entry);
            var offset = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{number} 0 obj\n", text[offset..], StringComparison.Ordinal);
        }

        Assert.Equal(count - 1, ObjectHeader().Count(text));
        Assert.Contains($"trailer\n<< /Size {count} ", text, StringComparison.Ordinal);
        Assert.EndsWith("%%EOF\n", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"startxref\n([0-9]+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"(?m)^[0-9]+ 0 obj$")]
    private static partial Regex ObjectHeader();
}
