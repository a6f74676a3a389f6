#!/usr/bin/python3
"""Makes NotoSansCJKsc-Regular.ttf and -Bold.ttf here from Debian's fonts-noto-cjk (with python3-fonttools).

Skia embeds a font in a PDF only if it has TrueType outlines and is a single font, not a collection:
it draws CFF fonts and collection members as Type 3 glyph pictures. So the Simplified Chinese face is
taken out of each collection, cut down to the characters documents need (CJK punctuation, kana, the
unified ideographs U+4E00-U+9FFF and full-width forms; Latin comes from Noto Sans), and its outlines
are converted to TrueType.
"""
from pathlib import Path
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SIMPLIFIED_CHINESE = 2  # JP, KR, SC, TC, HK, then the Mono faces
UNICODES = "U+3000-30FF,U+4E00-9FFF,U+FF00-FFEF"


def convert(weight):
    font = TTCollection(f"/usr/share/fonts/opentype/noto/NotoSansCJK-{weight}.ttc").fonts[SIMPLIFIED_CHINESE]
    options = subset.Options()
    options.layout_features = []  # horizontal text in the default forms: no locl, vert or other alternates
    options.drop_tables += ["vhea", "vmtx", "VORG", "BASE"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)

    order = font.getGlyphOrder()
    outlines = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(outlines)
        outlines[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()

    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    for name, glyph in glyphs.items():
        font["hmtx"][name] = (font["hmtx"][name][0], getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.recalc(font)
    font["post"].formatType = 3.0  # no glyph names
    font.sfntVersion = "\x00\x01\x00\x00"
    font.save(Path(__file__).parent / f"NotoSansCJKsc-{weight}.ttf")


for weight in ("Regular", "Bold"):
    convert(weight)
