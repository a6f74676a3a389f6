using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace BookingOps.Tests.Documents;

/// <summary>
/// Runs poppler-utils on a PDF, to check files with an independent reader: pdfinfo for structure,
/// pdftotext for text and word positions, pdffonts and pdfimages for what is embedded, pdftoppm for
/// rendering. Set BOOKINGOPS_PDF_OUT to a folder to keep the rendered samples there and look at them.
/// </summary>
internal static partial class Poppler
{
    private static readonly string[] ToolDirectories = ["/usr/bin", "/usr/local/bin"];

    public static string Info(byte[] pdf) => Run("pdfinfo", pdf, "-isodates", "{pdf}");

    /// <summary>The text, laid out as on the page; <paramref name="page"/> limits it to one page.</summary>
    public static string Text(byte[] pdf, int? page = null) =>
        page is { } number
            ? Run("pdftotext", pdf, "-layout", "-f", Number(number), "-l", Number(number), "{pdf}", "-")
            : Run("pdftotext", pdf, "-layout", "{pdf}", "-");

    /// <summary>Every word with its page (1-based) and box in points from the top-left corner.</summary>
    public static IReadOnlyList<Word> Words(byte[] pdf)
    {
        var words = new List<Word>();
        var page = 0;
        foreach (var line in Run("pdftotext", pdf, "-bbox", "{pdf}", "-").Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal))
            {
                page++;
            }
            else if (WordPattern().Match(line) is { Success: true } match)
            {
                words.Add(new Word(
                    page,
                    WebUtility.HtmlDecode(match.Groups[5].Value),
                    Parse(match.Groups[1].Value),
                    Parse(match.Groups[2].Value),
                    Parse(match.Groups[3].Value),
                    Parse(match.Groups[4].Value)));
            }
        }

        return words;
    }

    /// <summary>The fonts the PDF uses, from pdffonts: name (with its subset prefix), type and whether it is embedded.</summary>
    public static IReadOnlyList<Font> Fonts(byte[] pdf) =>
        Run("pdffonts", pdf, "{pdf}").Split('\n').Skip(2).Where(line => line.Length > 0)
            .Select(line => FontPattern().Match(line))
            .Select(match => new Font(match.Groups[1].Value, match.Groups[2].Value.Trim(), match.Groups[3].Value == "yes"))
            .ToList();

    /// <summary>The images the PDF embeds, from pdfimages: page and size in pixels of each.</summary>
    public static IReadOnlyList<Image> Images(byte[] pdf) =>
        Run("pdfimages", pdf, "-list", "{pdf}").Split('\n').Skip(2).Where(line => line.Length > 0)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(columns => columns[2] == "image")
            .Select(columns => new Image((int)Parse(columns[0]), (int)Parse(columns[3]), (int)Parse(columns[4])))
            .ToList();

    /// <summary>Renders every page to PNG with pdftoppm and returns the PNG files, first page first.</summary>
    public static IReadOnlyList<byte[]> Render(byte[] pdf, string name, int dpi = 50)
    {
        var directory = Directory.CreateTempSubdirectory("bookingops-pdf-");
        try
        {
            var prefix = Path.Combine(directory.FullName, "page");
            Run("pdftoppm", pdf, "-png", "-r", Number(dpi), "{pdf}", prefix);
            var pages = directory.GetFiles("page*.png").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (Environment.GetEnvironmentVariable("BOOKINGOPS_PDF_OUT") is { Length: > 0 } keep)
            {
                Directory.CreateDirectory(keep);
                File.WriteAllBytes(Path.Combine(keep, name + ".pdf"), pdf);
                pages.ForEach(p => p.CopyTo(Path.Combine(keep, name + "-" + p.Name), overwrite: true));
            }

            return pages.Select(p => File.ReadAllBytes(p.FullName)).ToList();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Run(string tool, byte[] pdf, params string[] arguments)
    {
        var executable = ToolDirectories.Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} is missing: install poppler-utils (apt-get install -y poppler-utils).");
        var file = Path.Combine(Path.GetTempPath(), $"bookingops-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{pdf}" ? file : argument);
            }

            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            // Poppler reports damage it can work around on stderr and still exits 0; a valid file has none.
            Assert.True(process.ExitCode == 0 && !error.Result.Contains("Error", StringComparison.OrdinalIgnoreCase), $"{tool} failed ({process.ExitCode}): {error.Result}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double Parse(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">(.*)</word>""")]
    private static partial Regex WordPattern();

    // pdffonts: the name, then the type (words with single spaces) up to the encoding, then emb, sub and uni.
    [GeneratedRegex(@"^(\S+)\s+((?:\S+ )*\S+)\s{2,}\S+\s+(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$")]
    private static partial Regex FontPattern();

    public sealed record Word(int Page, string Text, double XMin, double YMin, double XMax, double YMax);

    public sealed record Font(string Name, string Type, bool Embedded);

    public sealed record Image(int Page, int Width, int Height);
}
