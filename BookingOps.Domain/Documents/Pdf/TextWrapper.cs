namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Greedy line breaking at spaces, measured with the font's widths. Line breaks in the text are
/// kept; a word wider than the whole line is cut where it overflows rather than drawn past the edge.
/// </summary>
internal static class TextWrapper
{
    public static List<string> Wrap(string text, PdfTextStyle style, double width)
    {
        var lines = new List<string>();
        // A hair of tolerance so text measured to exactly the width is not wrapped by rounding.
        var max = (width * 1000 / style.Size) + 0.01;
        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            WrapParagraph(text, start, end > start && text[end - 1] == '\r' ? end - 1 : end, style.Font, max, lines);
            if (newline < 0)
            {
                return lines;
            }

            start = newline + 1;
        }
    }

    private static void WrapParagraph(string text, int start, int end, PdfFont font, double max, List<string> lines)
    {
        if (start == end)
        {
            lines.Add(string.Empty);
            return;
        }

        while (start < end)
        {
            var units = 0;
            var lastBreak = -1;
            var i = start;
            for (; i < end; i++)
            {
                var c = text[i];
                var space = c is ' ' or '\t';
                if (space && i > start && text[i - 1] is not (' ' or '\t'))
                {
                    lastBreak = i;
                }

                units += PdfFontMetrics.Units(c, font);
                if (units > max && !space)
                {
                    break;
                }
            }

            var lineEnd = i == end ? end : lastBreak >= 0 ? lastBreak : Math.Max(i, start + 1);
            lines.Add(text[start..lineEnd].TrimEnd());
            start = lineEnd;
            while (start < end && text[start] is ' ' or '\t')
            {
                start++;
            }
        }
    }
}
