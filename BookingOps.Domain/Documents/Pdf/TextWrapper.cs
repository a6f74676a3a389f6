using System.Globalization;
using System.Text;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Greedy line breaking at spaces, words measured as shaped. Line breaks in the text are kept; a word
/// wider than the whole line is cut where it overflows, between characters as readers see them (a Tamil
/// letter keeps its vowel sign), rather than drawn past the edge.
/// </summary>
internal static class TextWrapper
{
    private static readonly char[] Spaces = [' ', '\t'];

    public static List<string> Wrap(string text, PdfTextStyle style, double width)
    {
        var lines = new List<string>();
        // A hair of tolerance so text measured to exactly the width is not wrapped by rounding.
        var max = width + 0.01;
        foreach (var paragraph in text.Split('\n'))
        {
            var count = lines.Count;
            WrapParagraph(paragraph.TrimEnd('\r'), style, max, lines);
            if (lines.Count == count)
            {
                lines.Add(string.Empty);
            }
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, PdfTextStyle style, double max, List<string> lines)
    {
        var space = style.Measure(" ");
        var line = new StringBuilder();
        var lineWidth = 0.0;
        foreach (var word in paragraph.Split(Spaces, StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = style.Measure(word);
            if (line.Length > 0 && lineWidth + space + wordWidth <= max)
            {
                line.Append(' ').Append(word);
                lineWidth += space + wordWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            var rest = word;
            if (wordWidth > max)
            {
                var pieces = Cut(word, style, max);
                lines.AddRange(pieces[..^1]);
                rest = pieces[^1];
                wordWidth = style.Measure(rest);
            }

            line.Append(rest);
            lineWidth = wordWidth;
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
    }

    /// <summary>The word in pieces that each fit, but for a single character wider than the line.</summary>
    private static List<string> Cut(string word, PdfTextStyle style, double max)
    {
        var pieces = new List<string>();
        var start = 0;
        var end = 0;
        while (end < word.Length)
        {
            var next = end + StringInfo.GetNextTextElementLength(word, end);
            if (end > start && style.Measure(word[start..next]) > max)
            {
                pieces.Add(word[start..end]);
                start = end;
            }

            end = next;
        }

        pieces.Add(word[start..]);
        return pieces;
    }
}
