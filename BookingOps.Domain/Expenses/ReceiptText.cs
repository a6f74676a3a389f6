using System.Globalization;
using System.Text.RegularExpressions;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// Reads the total, the date and the vendor out of the OCR text of a printed receipt. Pure and deterministic:
/// the same text always gives the same answer, whatever the machine's culture or clock.
/// It expects what Malaysian shops print (day-first dates, RM amounts, Malay or English labels) and what OCR
/// makes of it: O for 0, l or I for 1, S for 5 inside numbers, a comma for the decimal point, stray spaces.
/// </summary>
public static partial class ReceiptText
{
    private const decimal LargestTotal = 1_000_000m;

    /// <summary>Total, date and vendor as far as <paramref name="text"/> (tesseract's output for one receipt) tells them.</summary>
    public static ReceiptScan Parse(string text)
    {
        var lines = text.Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0)
            .ToList();
        return new ReceiptScan(Total(lines), Date(lines), Vendor(lines), text);
    }

    /// <summary>
    /// The amount on the last line that names the grand total (GRAND TOTAL, NETT TOTAL, AMOUNT DUE… before a
    /// plain TOTAL or JUMLAH), never a subtotal, tax, rounding, discount, quantity, payment or change line; unless
    /// two of the receipt's own sums (subtotal less discount plus tax and rounding; cash less change; what was paid
    /// by card) agree on another, or it is more than the cash handed over. Without it: an amount printed elsewhere
    /// that one of those sums gives, else the first sum there is, else the items added up, else the largest amount
    /// that is not cash or change.
    /// </summary>
    private static decimal? Total(List<string> lines)
    {
        var read = lines.Select(line => new Read(KindOf(line), LastAmount(line))).ToList();
        var totals = new List<(decimal Amount, bool Grand)>();
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].Kind is not (LineKind.Total or LineKind.GrandTotal))
            {
                continue;
            }

            // A label whose amount OCR put on a line of its own.
            var amount = read[i].Amount ?? (i + 1 < read.Count && read[i + 1].Kind == LineKind.Other ? AmountAlone(lines[i + 1]) : null);
            if (amount is > 0m and < LargestTotal)
            {
                totals.Add((amount.Value, read[i].Kind == LineKind.GrandTotal));
            }
        }

        var sums = new[] { AddedUp(read, Last(read, LineKind.Subtotal)), CashLessChange(read), Last(read, LineKind.Card) };
        if (totals.Count > 0)
        {
            var grand = totals.Where(t => t.Grand).ToList();
            var labelled = (grand.Count > 0 ? grand : totals)[^1].Amount;
            var agreed = sums.OfType<decimal>().GroupBy(sum => sum).FirstOrDefault(same => same.Count() > 1)?.Key;
            if (agreed is { } sum && sum != labelled)
            {
                return sum;
            }

            if (!(labelled > Last(read, LineKind.Cash)))
            {
                return labelled;
            }
        }

        var printed = read.Where(r => r.Kind == LineKind.Other).Select(r => r.Amount).ToHashSet();
        return sums.FirstOrDefault(sum => sum is not null && printed.Contains(sum))
            ?? sums.FirstOrDefault(sum => sum is not null)
            ?? AddedUp(read, Items(read))
            ?? read.Where(r => r.Kind is not (LineKind.Cash or LineKind.Change) && r.Amount is > 0m and < LargestTotal).Max(r => r.Amount);
    }

    /// <summary>A line's kind and its rightmost amount.</summary>
    private sealed record Read(LineKind Kind, decimal? Amount);

    private static decimal? Last(List<Read> read, LineKind kind) => read.LastOrDefault(r => r.Kind == kind && r.Amount > 0m)?.Amount;

    /// <summary>What the summary lines make of a subtotal: less discounts, plus taxes and rounding; null without one.</summary>
    private static decimal? AddedUp(List<Read> read, decimal? subtotal)
    {
        if (subtotal is null)
        {
            return null;
        }

        decimal Sum(LineKind kind) => read.Where(r => r.Kind == kind).Sum(r => r.Amount ?? 0m);
        var sum = subtotal.Value - Math.Abs(Sum(LineKind.Discount)) + Sum(LineKind.Tax) + Sum(LineKind.Rounding);
        return sum is > 0m and < LargestTotal ? sum : null;
    }

    private static decimal? CashLessChange(List<Read> read)
    {
        var cash = Last(read, LineKind.Cash);
        var change = read.LastOrDefault(r => r.Kind == LineKind.Change && r.Amount >= 0m)?.Amount;
        return cash > change && cash < LargestTotal ? cash - change : null;
    }

    /// <summary>The amounts above the first summary or payment line: the items; null when there are none.</summary>
    private static decimal? Items(List<Read> read)
    {
        var items = read.TakeWhile(r => r.Kind == LineKind.Other).Where(r => r.Amount > 0m).Sum(r => r.Amount);
        return items > 0m ? items : null;
    }

    /// <summary>
    /// The first date on a line labelled DATE or TARIKH, else the first date anywhere: day first (dd/MM/yyyy,
    /// dd-MM-yy, dd.MM.yy, 12 Jan 2026, 12-JAN-26) or year first (yyyy-MM-dd); impossible dates are no dates.
    /// </summary>
    private static DateOnly? Date(List<string> lines)
    {
        DateOnly? first = null;
        foreach (var line in lines)
        {
            var date = DateIn(RepairDigits(line));
            if (date is not null && DateLabel().IsMatch(line))
            {
                return date;
            }

            first ??= date;
        }

        return first;
    }

    /// <summary>
    /// The first line at the top that could be a shop's name: not a heading (TAX INVOICE, RECEIPT…), not a
    /// registration, SST or phone number, not an address with its numbers, not OCR's speckles.
    /// </summary>
    private static string? Vendor(List<string> lines)
    {
        foreach (var line in lines.Take(8).Select(WithoutSpeckles))
        {
            var letters = line.Count(char.IsLetter);
            var digits = line.Count(char.IsDigit);
            if (letters < 3 || letters < (line.Length - line.Count(c => c == ' ')) * 0.6 || digits > letters / 2
                || NotAName().IsMatch(line) || Address().IsMatch(line) || DateIn(line) is not null || LastAmount(line) is not null)
            {
                continue;
            }

            return line.Trim(' ', '*', '-', '=', '.', ',', ':', '_', '~', '|');
        }

        return null;
    }

    /// <summary>
    /// The line without the specks OCR reads at its ends from the paper's edge or the table: a lone character, or two
    /// that are neither capitals nor digits.
    /// </summary>
    private static string WithoutSpeckles(string line)
    {
        var words = line.Split(' ').ToList();
        static bool Speck(string word) => word.Length == 1 || (word.Length == 2 && !word.All(char.IsUpper) && !word.All(char.IsDigit));
        while (words.Count > 0 && Speck(words[0]))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && Speck(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private enum LineKind
    {
        Other,
        Total,
        GrandTotal,
        Subtotal,
        Discount,
        Tax,
        Rounding,
        Cash,
        Card,
        Change,
        Count,
    }

    /// <summary>What a line's label says it is, from its words as OCR spelled them (one letter off is still the word).</summary>
    private static LineKind KindOf(string line)
    {
        var words = Words().Matches(FoldLetters(line)).Select(m => m.Value).ToList();
        bool Has(params string[] keywords) => words.Any(word => keywords.Any(keyword => Like(word, keyword)));
        bool HasPair(string first, string second) => words.Zip(words.Skip(1)).Any(pair => Like(pair.First, first) && Like(pair.Second, second));

        var total = Has("TOTAL", "JUMLAH", "NETT", "GRANDTOTAL", "NETTTOTAL") || HasPair("AMOUNT", "DUE");
        var inclusive = Has("INCL", "INC", "INCLUSIVE", "TERMASUK");
        return words switch
        {
            _ when Has("QTY", "QUANTITY", "KUANTITI", "ITEM", "ITEMS", "SAVING", "SAVINGS") => LineKind.Count,
            _ when Has("SUBTOTAL", "SUB", "KECIL", "EXCL", "EXCLUDING", "BEFORE", "SEBELUM") => LineKind.Subtotal,
            _ when Has("DISCOUNT", "DISKAUN", "DISC", "LESS", "VOUCHER", "BAUCAR") => LineKind.Discount,

            // A service charge is a tax here, and CHARGE is one letter from CHANGE.
            _ when !inclusive && (Has("SST", "GST", "TAX", "CUKAI") || words.Contains("CHARGE") || words.Contains("SERVICE")) => LineKind.Tax,
            _ when Has("CHANGE", "BAKI", "KEMBALI") => LineKind.Change,
            _ when Has("CASH", "TUNAI", "TENDER", "TENDERED", "PAID", "BAYAR") => LineKind.Cash,
            _ when Has("VISA", "MASTER", "MASTERCARD", "AMEX", "CARD", "DEBIT", "CREDIT", "EWALLET", "DUITNOW", "GRABPAY", "BOOST") => LineKind.Card,
            _ when !total && Has("ROUNDING", "ROUND", "ROUNDED", "PENGGENAPAN", "ADJ", "ADJUSTMENT") => LineKind.Rounding,
            _ when !total => LineKind.Other,
            _ when Has("GRAND", "GRANDTOTAL", "NETTTOTAL", "PAYABLE", "BESAR", "DUE", "AMOUNT") || (Has("NETT", "NET") && Has("TOTAL")) || inclusive => LineKind.GrandTotal,
            _ => LineKind.Total,
        };
    }

    /// <summary>
    /// The same word with OCR's usual slips: one letter wrong, missing or extra. Only for TOTAL, JUMLAH and words of
    /// seven letters or more: a shorter one is a letter away from other words (TAYAR, a tyre, from BAYAR, pay).
    /// </summary>
    private static bool Like(string word, string keyword)
    {
        if (word == keyword)
        {
            return true;
        }

        if ((keyword.Length < 7 && keyword is not ("TOTAL" or "JUMLAH")) || Math.Abs(word.Length - keyword.Length) > 1)
        {
            return false;
        }

        var (i, j, edits) = (0, 0, 0);
        while (i < word.Length && j < keyword.Length)
        {
            if (word[i] == keyword[j])
            {
                (i, j) = (i + 1, j + 1);
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (word.Length > keyword.Length)
            {
                i++;
            }
            else if (word.Length < keyword.Length)
            {
                j++;
            }
            else
            {
                (i, j) = (i + 1, j + 1);
            }
        }

        return edits + (word.Length - i) + (keyword.Length - j) <= 1;
    }

    /// <summary>Upper case, with the digits OCR puts for letters in words (T0TAL, CA5H) turned back into letters.</summary>
    private static string FoldLetters(string line)
    {
        var amount = AmountPattern().Match(RepairDigits(line));
        var label = amount.Success ? line[..Math.Min(line.Length, amount.Index)] : line;
        return label.ToUpperInvariant().Replace('0', 'O').Replace('1', 'I').Replace('5', 'S').Replace('8', 'B');
    }

    /// <summary>The rightmost amount on a line (the receipt's amount column), not a percentage; negative when printed so.</summary>
    private static decimal? LastAmount(string line)
    {
        var matches = AmountPattern().Matches(RepairDigits(line));
        return matches.Count == 0 ? null : ToAmount(matches[^1]);
    }

    /// <summary>An amount that is the whole line (RM or a currency sign allowed), as OCR sometimes parts it from its label.</summary>
    private static decimal? AmountAlone(string line)
    {
        var repaired = RepairDigits(line);
        var match = AmountPattern().Match(repaired);
        return match.Success && Letters().Replace(repaired.Remove(match.Index, match.Length), "").Trim(' ', ':', '$').Length == 0 ? ToAmount(match) : null;
    }

    private static decimal ToAmount(Match match)
    {
        var whole = decimal.Parse(Separators().Replace(match.Groups["whole"].Value, ""), CultureInfo.InvariantCulture);
        var amount = whole + decimal.Parse(match.Groups["cents"].Value, CultureInfo.InvariantCulture) / 100m;
        return match.Groups["minus"].Success ? -amount : amount;
    }

    /// <summary>
    /// Inside number-like words only (at least one real digit, nothing but digits, look-alike letters and
    /// separators), turns the letters OCR mistakes for digits back: O/o/Q/D/@ → 0, I/l/|/! → 1, S/s → 5, B → 8, Z/z → 2.
    /// An "RM" stuck to the front is kept apart.
    /// </summary>
    private static string RepairDigits(string line) =>
        NumberLike().Replace(line, match =>
        {
            var number = match.Groups["number"].Value;
            if (!number.Any(char.IsDigit))
            {
                return match.Value;
            }

            var repaired = number.Select(c => c switch
            {
                'O' or 'o' or 'Q' or 'D' or '@' => '0',
                'I' or 'l' or '|' or '!' => '1',
                'S' or 's' => '5',
                'B' => '8',
                'Z' or 'z' => '2',
                _ => c,
            }).ToArray();
            return match.Groups["currency"].Value + new string(repaired);
        });

    private static DateOnly? DateIn(string line)
    {
        foreach (Match match in DayFirst().Matches(line))
        {
            if (Valid(match.Groups["year"].Value, Number(match.Groups["month"].Value), match.Groups["day"].Value) is { } date)
            {
                return date;
            }
        }

        foreach (Match match in YearFirst().Matches(line))
        {
            if (Valid(match.Groups["year"].Value, Number(match.Groups["month"].Value), match.Groups["day"].Value) is { } date)
            {
                return date;
            }
        }

        foreach (Match match in MonthName().Matches(line))
        {
            var month = Array.FindIndex(MonthNames, names => names.Contains(match.Groups["month"].Value.ToUpperInvariant().Replace('0', 'O')[..3]));
            if (Valid(match.Groups["year"].Value, month + 1, match.Groups["day"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static readonly string[][] MonthNames =
    [
        ["JAN"], ["FEB"], ["MAR", "MAC"], ["APR"], ["MAY", "MEI"], ["JUN"],
        ["JUL"], ["AUG", "OGO"], ["SEP"], ["OCT", "OKT"], ["NOV"], ["DEC", "DIS"],
    ];

    /// <summary>A real calendar date in this century, or null (31/02, month 13, a two-digit year read as 20yy).</summary>
    private static DateOnly? Valid(string year, int month, string day)
    {
        var y = Number(year);
        y = year.Length == 2 ? 2000 + y : y;
        var d = Number(day);
        return y is >= 2000 and < 2100 && month is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, month)
            ? new DateOnly(y, month, d)
            : null;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[A-Z]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Letters();

    [GeneratedRegex(@"[\s,.]")]
    private static partial Regex Separators();

    /// <summary>A word that may be a number misread: look-alike letters and digits, with separators inside, maybe after "RM".</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?<currency>RM)?(?<number>[0-9OoQDIl|!SsBZz@][0-9OoQDIl|!SsBZz@.,/:\-]*[0-9OoQDIl|!SsBZz@])(?![A-Za-z])")]
    private static partial Regex NumberLike();

    /// <summary>
    /// An amount with two decimals: 12.50, 1234.50, 1,234.50, 12,50 (a comma for the point), with the odd space OCR
    /// puts beside a separator or, after RM, for the point (RM12 50); not the start of a date (12.01.26), not a percentage.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])(?<minus>-\s?)?(?:RM\s?(?<whole>\d{1,3}(?:,\d{3})+|\d+) (?<cents>\d{2})(?![\d.,%])|(?:RM\s?)?(?<whole>\d{1,3}(?:,\s?\d{3})+|\d+)\s?[.,]\s?(?<cents>\d{2})(?![\d%]|\s?[.,/]\s?\d))")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"(?<![\dA-Za-z])(?<day>\d{1,2})\s?[/\-.,]\s?(?<month>\d{1,2})\s?[/\-.,]\s?(?<year>\d{4}|\d{2})(?!\d)")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"(?<![\dA-Za-z])(?<year>20\d{2})\s?[/\-.]\s?(?<month>\d{1,2})\s?[/\-.]\s?(?<day>\d{1,2})(?!\d)")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<![\dA-Za-z])(?<day>\d{1,2})\s?[\-/. ]?\s?(?<month>JAN|FEB|MAR|MAC|APR|MAY|MEI|JUN|JUL|AUG|OGO|SEP|[O0]CT|[O0]KT|N[O0]V|DEC|DIS)[A-Z]*\.?\s?[\-/., ]?\s?(?<year>\d{4}|\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b(DATE|TARIKH|TRKH)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    /// <summary>Headings, registration and tax numbers, contact lines: printed at the top, but not the shop's name.</summary>
    [GeneratedRegex(@"\b(TAX INVOICE|INVOICE|INVOIS|RECEIPT|RESIT|CASH SALES?|CASH BILL|WELCOME|SELAMAT DATANG|COPY|SST|GST|REG|CO\.? ?NO|COMPANY NO|ROC|TEL|FAX|PHONE|H/?P|EMAIL|WWW|HTTP)\b|\(\s*\d{4,}\s*-?\s*[A-Z]\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    /// <summary>An address line: a postcode, or a street word beside a number (No. 12, Jalan SS 2/24), or a lot or unit number.</summary>
    [GeneratedRegex(@"\b\d{5}\b|^(NO|LOT|UNIT|BLOK|BLOCK)\b\.?\s*\d|\b(JALAN|JLN|LORONG|LRG|TAMAN|TMN|PERSIARAN|LEBUH|KAMPUNG|KG|BANDAR|SEKSYEN|SECTION)\b.*\d|\d.*\b(JALAN|JLN|LORONG|LRG|TAMAN|TMN|PERSIARAN|LEBUH|KAMPUNG|KG|BANDAR|SEKSYEN|SECTION)\b|\b(SELANGOR|KUALA LUMPUR|JOHOR|PERAK|PENANG|PULAU PINANG|KEDAH|PAHANG|MELAKA|SABAH|SARAWAK|KELANTAN|TERENGGANU|NEGERI SEMBILAN|PERLIS|PUTRAJAYA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
