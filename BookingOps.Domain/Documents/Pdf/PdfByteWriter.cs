using System.Globalization;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// A growable byte buffer with the few PDF token writers the content streams and the file need.
/// Numbers are written with at most two decimals in the invariant culture, which is precise to
/// 1/7200 inch and keeps the output identical on every machine.
/// </summary>
internal sealed class PdfByteWriter(int capacity = 1024)
{
    private byte[] buffer = new byte[capacity];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, Length);

    public PdfByteWriter Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Grow(bytes.Length));
        Length += bytes.Length;
        return this;
    }

    /// <summary>ASCII only: names, keys and operators built at run time.</summary>
    public PdfByteWriter Ascii(string text)
    {
        var span = Grow(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        Length += text.Length;
        return this;
    }

    /// <summary>A number followed by a space, the separator every operand needs.</summary>
    public PdfByteWriter Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }

        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        rounded.TryFormat(Grow(32), out var written, "0.##", CultureInfo.InvariantCulture);
        Length += written;
        return Byte((byte)' ');
    }

    public PdfByteWriter Integer(long value)
    {
        value.TryFormat(Grow(20), out var written, default, CultureInfo.InvariantCulture);
        Length += written;
        return this;
    }

    /// <summary>Text as a literal string in WinAnsi, with the delimiters and the escape character escaped.</summary>
    public PdfByteWriter Text(string text)
    {
        var span = Grow((text.Length * 2) + 2);
        var n = 0;
        span[n++] = (byte)'(';
        foreach (var c in text)
        {
            var code = WinAnsiEncoding.Encode(c);
            if (code == WinAnsiEncoding.None)
            {
                continue;
            }

            if (code is '(' or ')' or '\\')
            {
                span[n++] = (byte)'\\';
            }

            span[n++] = (byte)code;
        }

        span[n++] = (byte)')';
        Length += n;
        return this;
    }

    public PdfByteWriter Byte(byte value)
    {
        Grow(1)[0] = value;
        Length++;
        return this;
    }

    public void Clear() => Length = 0;

    public byte[] ToArray() => Written.ToArray();

    private Span<byte> Grow(int needed)
    {
        if (buffer.Length - Length < needed)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, Length + needed));
        }

        return buffer.AsSpan(Length);
    }
}
