using System.Runtime.InteropServices;
using System.Text;
using SkiaSharp;

namespace BookingOps.Domain.Documents.Pdf;

/// <summary>
/// The glyphs one document draws from each font, and each font cut down to them to be embedded. The Skia
/// in SkiaSharp is built without a font subsetter and would embed every font file whole: half a megabyte
/// per Latin font and 9 MB for Chinese, tens of milliseconds to compress each time. HarfBuzz's subsetter,
/// inside HarfBuzzSharp's native library, keeps glyph ids as they are, so the shaped glyphs stay valid.
/// </summary>
internal sealed class PdfFontSubsets : IDisposable
{
    private const string HarfBuzzLibrary = "libHarfBuzzSharp";
    private const int GlyphIndexSet = 0;
    private const int UnicodeSet = 1;
    private const int DropTableTagSet = 3;
    private const uint RetainGlyphIds = 0x2;

    // Viewers draw glyph ids and never shape: the layout tables would only add bytes, and glyphs they reach.
    private static readonly uint[] LayoutTables = [Tag("GSUB"), Tag("GPOS"), Tag("GDEF"), Tag("BASE")];

    private readonly Dictionary<PdfFontFace, (HashSet<ushort> Glyphs, HashSet<int> Characters)> used = [];
    private readonly Dictionary<PdfFontFace, SKTypeface> subsets = [];

    public void Add(ShapedText text)
    {
        foreach (var run in text.Runs)
        {
            if (!used.TryGetValue(run.Font, out var usage))
            {
                usage = ([], []);
                used.Add(run.Font, usage);
            }

            usage.Glyphs.UnionWith(run.Glyphs);
            foreach (var rune in Encoding.UTF8.GetString(run.Text).EnumerateRunes())
            {
                usage.Characters.Add(rune.Value);
            }
        }
    }

    /// <summary>The font cut down to the glyphs added for it; ask once all text is added.</summary>
    public SKTypeface Typeface(PdfFontFace face)
    {
        if (!subsets.TryGetValue(face, out var typeface))
        {
            using var data = Subset(face, used[face].Glyphs, used[face].Characters);
            typeface = SKTypeface.FromData(data);
            subsets.Add(face, typeface);
        }

        return typeface;
    }

    public void Dispose()
    {
        foreach (var typeface in subsets.Values)
        {
            typeface.Dispose();
        }
    }

    /// <summary>The font file with only these glyphs, and a character map for these characters so viewers can copy the text.</summary>
    private static SKData Subset(PdfFontFace face, HashSet<ushort> glyphs, HashSet<int> characters)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == 0)
        {
            throw new InvalidOperationException("HarfBuzz could not start a font subset.");
        }

        try
        {
            AddAll(hb_subset_input_set(input, GlyphIndexSet), glyphs.Select(g => (uint)g));
            AddAll(hb_subset_input_set(input, UnicodeSet), characters.Select(c => (uint)c));
            AddAll(hb_subset_input_set(input, DropTableTagSet), LayoutTables);
            hb_subset_input_set_flags(input, RetainGlyphIds);
            var subset = hb_subset_or_fail(face.Face.Handle, input);
            if (subset == 0)
            {
                throw new InvalidOperationException($"HarfBuzz could not cut {face.Name} down to a document's glyphs.");
            }

            var blob = hb_face_reference_blob(subset);
            hb_face_destroy(subset);
            try
            {
                return SKData.CreateCopy(hb_blob_get_data(blob, 0), hb_blob_get_length(blob));
            }
            finally
            {
                hb_blob_destroy(blob);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static void AddAll(nint set, IEnumerable<uint> values)
    {
        foreach (var value in values)
        {
            hb_set_add(set, value);
        }
    }

    private static uint Tag(string tag) => ((uint)tag[0] << 24) | ((uint)tag[1] << 16) | ((uint)tag[2] << 8) | tag[3];

    [DllImport(HarfBuzzLibrary)]
    private static extern nint hb_subset_input_create_or_fail();

    [DllImport(HarfBuzzLibrary)]
    private static extern void hb_subset_input_destroy(nint input);

    [DllImport(HarfBuzzLibrary)]
    private static extern nint hb_subset_input_set(nint input, int setType);

    [DllImport(HarfBuzzLibrary)]
    private static extern void hb_subset_input_set_flags(nint input, uint value);

    [DllImport(HarfBuzzLibrary)]
    private static extern void hb_set_add(nint set, uint codepoint);

    [DllImport(HarfBuzzLibrary)]
    private static extern nint hb_subset_or_fail(nint source, nint input);

    [DllImport(HarfBuzzLibrary)]
    private static extern nint hb_face_reference_blob(nint face);

    [DllImport(HarfBuzzLibrary)]
    private static extern void hb_face_destroy(nint face);

    [DllImport(HarfBuzzLibrary)]
    private static extern nint hb_blob_get_data(nint blob, nint length);

    [DllImport(HarfBuzzLibrary)]
    private static extern uint hb_blob_get_length(nint blob);

    [DllImport(HarfBuzzLibrary)]
    private static extern void hb_blob_destroy(nint blob);
}
