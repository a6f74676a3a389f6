namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// Unicode to Windows-1252, the encoding the standard fonts are told to use. .NET Core only has
/// code page 1252 through an extra provider package, and the mapping is small enough to own.
/// </summary>
internal static class WinAnsiEncoding
{
    public const byte Unknown = (byte)'?';

    /// <summary>Skip: the second half of a surrogate pair, already shown as one '?' for its first half.</summary>
    public const int None = -1;

    /// <summary>The WinAnsi code for <paramref name="c"/>, '?' when it has none, or <see cref="None"/>.</summary>
    public static int Encode(char c) => c switch
    {
        >= ' ' and <= '~' or >= '\u00A0' and <= '\u00FF' => c,
        '\t' => ' ',
        '\u20AC' => 0x80, // €
        '\u201A' => 0x82, // ‚
        '\u0192' => 0x83, // ƒ
        '\u201E' => 0x84, // „
        '\u2026' => 0x85, // …
        '\u2020' => 0x86, // †
        '\u2021' => 0x87, // ‡
        '\u02C6' => 0x88, // ˆ
        '\u2030' => 0x89, // ‰
        '\u0160' => 0x8A, // Š
        '\u2039' => 0x8B, // ‹
        '\u0152' => 0x8C, // Œ
        '\u017D' => 0x8E, // Ž
        '\u2018' => 0x91, // ‘
        '\u2019' => 0x92, // ’
        '\u201C' => 0x93, // “
        '\u201D' => 0x94, // ”
        '\u2022' => 0x95, // •
        '\u2013' => 0x96, // –
        '\u2014' => 0x97, // —
        '\u02DC' => 0x98, // ˜
        '\u2122' => 0x99, // ™
        '\u0161' => 0x9A, // š
        '\u203A' => 0x9B, // ›
        '\u0153' => 0x9C, // œ
        '\u017E' => 0x9E, // ž
        '\u0178' => 0x9F, // Ÿ

        // Look-alikes WinAnsi lacks: the minus sign, and the spaces number formatting uses (fr-FR groups with U+202F).
        '\u2212' or '\u2010' or '\u2011' => '-',
        '\u2007' or '\u202F' => 0xA0,
        '\u2002' or '\u2003' or '\u2009' => ' ',
        _ when char.IsLowSurrogate(c) => None,
        _ => Unknown,
    };
}
