using BookingOps.Domain.Common;
using SkiaSharp;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// Turns a phone photo of a receipt into what tesseract reads best: upright by its EXIF orientation, grey, the
/// paper evened out to white under uneven light with the table and shadows gone, and scaled so that its letters
/// are about <see cref="LetterPixels"/> high.
/// </summary>
internal static class ReceiptImage
{
    /// <summary>Phone cameras take 4,000 px and more; receipt text is large enough at this size, and the work is half.</summary>
    private const float MaxLongEdge = 3000f;

    /// <summary>
    /// The letter height (median of the ink's letter-shaped blobs, capitals and digits mostly) that tesseract read
    /// best at, measured with perf-receipts. Total and date both right, 150 generated photos: 97 % at 22 px, 96 %
    /// left as photographed, 93 % at 32 px, 93 % at 45 px (and twice as slow). The same photos shrunk to 900 px,
    /// as a chat app sends them (first 100): 96 % at 22 px, 94 % at 28 px, 91 % left as they were.
    /// </summary>
    private const float LetterPixels = 22f;

    /// <summary>A grey PNG for tesseract, or null when the bytes are not a JPEG or PNG picture.</summary>
    public static byte[]? Prepare(ReadOnlySpan<byte> upload)
    {
        if (ImageFormats.ExtensionOf(upload) is null)
        {
            return null;
        }

        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        using var decoded = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (codec.GetPixels(decoded.Info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return null;
        }

        var (w, h) = (decoded.Width, decoded.Height);
        var (uprightWidth, uprightHeight) = ImageOrientation.IsTurned(codec.EncodedOrigin) ? (h, w) : (w, h);
        var fit = Math.Min(1f, MaxLongEdge / Math.Max(uprightWidth, uprightHeight));
        var (width, height) = (Math.Max(1, (int)Math.Round(uprightWidth * fit)), Math.Max(1, (int)Math.Round(uprightHeight * fit)));
        using var upright = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(upright))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)width / uprightWidth, (float)height / uprightHeight);
            ImageOrientation.Orient(canvas, codec.EncodedOrigin, w, h);
            using var image = SKImage.FromBitmap(decoded);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        var grey = Grey(upright);
        Flatten(grey, width, height, Math.Max(4, Math.Max(width, height) / 200));
        using var flat = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        grey.CopyTo(flat.GetPixelSpan());

        // Half size at least (large print reads as well, and faster), three times at most (beyond, blur is all it adds).
        var scale = LetterHeight(grey, width, height) is { } letters ? Math.Clamp(LetterPixels / letters, 0.5f, 3f) : 1f;
        using var scaled = Math.Abs(scale - 1f) < 0.1f
            ? flat.Copy()
            : flat.Resize(new SKImageInfo((int)(width * scale), (int)(height * scale), SKColorType.Gray8, SKAlphaType.Opaque), new SKSamplingOptions(SKCubicResampler.CatmullRom));
        using var png = scaled.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>
    /// The typical height of a letter in pixels: the median height of the ink's connected shapes that are shaped like
    /// letters or digits (not rules, not specks, not whole merged lines); null when there are too few to tell.
    /// </summary>
    private static float? LetterHeight(byte[] grey, int width, int height)
    {
        // Two-pass labelling with union-find over 4-connected ink pixels.
        var labels = new int[grey.Length];
        var parent = new List<int> { 0 };
        int Find(int label)
        {
            while (parent[label] != label)
            {
                parent[label] = parent[parent[label]];
                label = parent[label];
            }

            return label;
        }

        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = y * width + x;
                if (grey[i] >= Ink)
                {
                    continue;
                }

                var (left, up) = (x > 0 ? labels[i - 1] : 0, y > 0 ? labels[i - width] : 0);
                if (left == 0 && up == 0)
                {
                    labels[i] = parent.Count;
                    parent.Add(parent.Count);
                }
                else if (left != 0 && up != 0)
                {
                    var (a, b) = (Find(left), Find(up));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                    labels[i] = Math.Min(a, b);
                }
                else
                {
                    labels[i] = Math.Max(left, up);
                }
            }
        }

        var top = new int[parent.Count];
        var bottom = new int[parent.Count];
        var leftmost = new int[parent.Count];
        var rightmost = new int[parent.Count];
        var area = new int[parent.Count];
        Array.Fill(top, int.MaxValue);
        Array.Fill(leftmost, int.MaxValue);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var label = labels[y * width + x];
                if (label == 0)
                {
                    continue;
                }

                label = Find(label);
                (top[label], bottom[label]) = (Math.Min(top[label], y), Math.Max(bottom[label], y));
                (leftmost[label], rightmost[label]) = (Math.Min(leftmost[label], x), Math.Max(rightmost[label], x));
                area[label]++;
            }
        }

        var heights = new List<int>();
        for (var label = 1; label < parent.Count; label++)
        {
            var (h, w) = (bottom[label] - top[label] + 1, rightmost[label] - leftmost[label] + 1);
            if (area[label] >= 8 && h >= 5 && h <= height / 8 && w <= h * 2 && w * 8 >= h)
            {
                heights.Add(h);
            }
        }

        if (heights.Count < 20)
        {
            return null;
        }

        heights.Sort();
        return heights[heights.Count / 2];
    }

    /// <summary>Darker than this, after flattening, is ink.</summary>
    private const byte Ink = 190;

    /// <summary>Brightness as the eye weighs red, green and blue.</summary>
    private static byte[] Grey(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var grey = new byte[bitmap.Width * bitmap.Height];
        for (var i = 0; i < grey.Length; i++)
        {
            var p = i * 4;
            grey[i] = (byte)((pixels[p] * 77 + pixels[p + 1] * 150 + pixels[p + 2] * 29) >> 8);
        }

        return grey;
    }

    /// <summary>
    /// Divides each pixel by the paper around it: the image closed (brightest within <paramref name="radius"/>, then
    /// darkest within it) keeps the paper, the table and the shadows but fills in anything as thin as a pen stroke.
    /// Paper in shadow and paper in light both come out white, the ink keeps its contrast, and the table and the
    /// paper's edge, being broad, come out white too, so tesseract reads no letters into them.
    /// </summary>
    private static void Flatten(byte[] grey, int width, int height, int radius)
    {
        var background = new byte[grey.Length];
        var scratch = new byte[grey.Length];
        Filter(grey, scratch, width, height, radius, brightest: true);
        Filter(scratch, background, width, height, radius, brightest: false);
        for (var i = 0; i < grey.Length; i++)
        {
            grey[i] = (byte)Math.Min(255, grey[i] * 255 / Math.Max(1, (int)background[i]));
        }
    }

    /// <summary>The brightest (or darkest) value in the square of <paramref name="radius"/> around each pixel: rows, then columns.</summary>
    private static void Filter(byte[] source, byte[] target, int width, int height, int radius, bool brightest)
    {
        var across = new byte[source.Length];
        var line = new byte[Math.Max(width, height)];
        var result = new byte[line.Length];
        for (var y = 0; y < height; y++)
        {
            Array.Copy(source, y * width, line, 0, width);
            Running(line.AsSpan(0, width), result, radius, brightest);
            Array.Copy(result, 0, across, y * width, width);
        }

        for (var x = 0; x < width; x++)
        {
            for (var y = 0; y < height; y++)
            {
                line[y] = across[y * width + x];
            }

            Running(line.AsSpan(0, height), result, radius, brightest);
            for (var y = 0; y < height; y++)
            {
                target[y * width + x] = result[y];
            }
        }
    }

    /// <summary>
    /// The running maximum (or minimum) over a window of 2 × <paramref name="radius"/> + 1, in three comparisons a
    /// value whatever the radius (van Herk / Gil-Werman): each block of the window's size is scanned forwards and back.
    /// </summary>
    private static void Running(Span<byte> values, byte[] result, int radius, bool brightest)
    {
        var n = values.Length;
        var size = 2 * radius + 1;
        Span<byte> forward = n <= 4096 ? stackalloc byte[n] : new byte[n];
        Span<byte> backward = n <= 4096 ? stackalloc byte[n] : new byte[n];
        for (var i = 0; i < n; i++)
        {
            forward[i] = i % size == 0 ? values[i] : Pick(forward[i - 1], values[i], brightest);
        }

        for (var i = n - 1; i >= 0; i--)
        {
            backward[i] = i == n - 1 || (i + 1) % size == 0 ? values[i] : Pick(backward[i + 1], values[i], brightest);
        }

        for (var i = 0; i < n; i++)
        {
            var (from, to) = (Math.Max(0, i - radius), Math.Min(n - 1, i + radius));
            result[i] = Pick(backward[from], forward[to], brightest);
        }
    }

    private static byte Pick(byte a, byte b, bool brightest) => brightest ? Math.Max(a, b) : Math.Min(a, b);
}
