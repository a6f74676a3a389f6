using System.Globalization;
using SkiaSharp;

namespace BookingOps.Domain.Expenses;

/// <summary>A made-up receipt photo and what is printed on it: the answer a reader of the photo should give.</summary>
public sealed record ReceiptSample(byte[] Photo, decimal Total, DateOnly Date, string Vendor, ReceiptTrade Trade);

/// <summary>What kind of shop printed a sample receipt, so demo expenses file it under a fitting category.</summary>
public enum ReceiptTrade
{
    Grocery,
    Hardware,
    Fuel,
    Restaurant,
    Workshop,
}

/// <summary>
/// Phone photos of printed receipts from Malaysian shops, made up from a seed, for the OCR benchmark
/// (<c>perf-receipts</c>) and its tests. They are meant to be as hard as the real thing: shop names, addresses,
/// registration and SST numbers, 2–12 items, subtotal, SST at 6 % or 8 % or none, a discount now and then,
/// cash rounding, a total under one of its many names, cash and change or a card, a date in one of the usual
/// formats and a time; 58 mm or 80 mm paper in a monospace or proportional font, faded thermal ink, photographed
/// at a slight angle on a table under uneven light, a little out of focus, grainy, and JPEG-compressed.
/// Shipped with the app like the demo data, so the benchmark runs wherever the app is installed.
/// </summary>
public static class ReceiptSamples
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>
    /// <paramref name="count"/> receipts; the same seed always makes the same receipts on the same fonts. With
    /// <paramref name="printedOn"/> (demo expenses) they carry that day instead of one drawn from the seed.
    /// </summary>
    public static IEnumerable<ReceiptSample> Generate(int seed, int count, DateOnly? printedOn = null)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            yield return Make(random, printedOn);
        }
    }

    private static ReceiptSample Make(Random random, DateOnly? printedOn)
    {
        var shop = Pick(random, Shops);
        var receipt = Compose(random, shop, printedOn);
        using var paper = Print(random, receipt);
        return new ReceiptSample(Photograph(random, paper), receipt.Total, receipt.Date, shop.Name, shop.Trade);
    }

    private sealed record Shop(string Name, ReceiptTrade Trade);

    private sealed record Item(string Name, decimal Low, decimal High, int MaxQuantity = 1);

    /// <summary>
    /// A printed line: text on the left, an amount on the right, or text centred; a few lines print bold or double
    /// height; a rule repeats its one character across the paper.
    /// </summary>
    private sealed record Line(string Left, string Right = "", bool Centred = false, bool Bold = false, bool Large = false, bool Rule = false);

    private sealed record Receipt(IReadOnlyList<Line> Lines, int Columns, decimal Total, DateOnly Date);

    private static readonly Shop[] Shops =
    [
        new("KEDAI RUNCIT AH SENG", ReceiptTrade.Grocery),
        new("99 Speedmart", ReceiptTrade.Grocery),
        new("KK Super Mart", ReceiptTrade.Grocery),
        new("PASARAYA SEGAR JAYA", ReceiptTrade.Grocery),
        new("Kedai Runcit Pak Mat", ReceiptTrade.Grocery),
        new("ECONSAVE KLANG", ReceiptTrade.Grocery),
        new("MR DIY", ReceiptTrade.Hardware),
        new("SYARIKAT PERKAKASAN HOCK LEE", ReceiptTrade.Hardware),
        new("Kedai Besi Chong Seng", ReceiptTrade.Hardware),
        new("BINA HARDWARE TRADING", ReceiptTrade.Hardware),
        new("Petron Jalan Klang", ReceiptTrade.Fuel),
        new("SHELL JALAN IPOH", ReceiptTrade.Fuel),
        new("Petronas Bukit Raja", ReceiptTrade.Fuel),
        new("BHP Taman Sri Muda", ReceiptTrade.Fuel),
        new("RESTORAN SELERA KAMPUNG", ReceiptTrade.Restaurant),
        new("Restoran Sri Murugan", ReceiptTrade.Restaurant),
        new("KEDAI KOPI HOCK KEE", ReceiptTrade.Restaurant),
        new("Mamak Corner Jaya", ReceiptTrade.Restaurant),
        new("BENGKEL MOTOR ZAINAL", ReceiptTrade.Workshop),
        new("Tayar & Bateri Ah Keong", ReceiptTrade.Workshop),
        new("FARMASI SENTOSA", ReceiptTrade.Grocery),
    ];

    private static readonly Dictionary<ReceiptTrade, Item[]> Items = new()
    {
        [ReceiptTrade.Grocery] =
        [
            new("Milo 1kg", 19.90m, 23.50m, 3), new("Gardenia Bread", 3.90m, 4.80m, 4), new("Telur Ayam 30s", 12.50m, 15.90m, 2),
            new("Beras Wangi 10kg", 32.00m, 45.00m, 2), new("Minyak Masak 5kg", 27.90m, 34.90m, 2), new("Gula Pasir 1kg", 2.85m, 3.20m, 5),
            new("Mineral Water 1.5L", 1.20m, 2.40m, 12), new("Maggi Kari 5s", 5.90m, 7.20m, 4), new("Susu Pekat Manis", 3.10m, 3.90m, 6),
            new("Sabun Dobi 3kg", 16.90m, 24.90m, 2), new("Panadol 10s", 3.50m, 4.90m, 2), new("Plaster Luka", 2.50m, 6.90m, 3),
            new("Tisu Muka 4x100", 8.90m, 12.90m, 2), new("Kopi O Kaw 20s", 9.90m, 14.50m, 2),
        ],
        [ReceiptTrade.Hardware] =
        [
            new("PVC Pipe 1/2in 3m", 5.50m, 9.90m, 6), new("Cable Tie 200mm", 2.90m, 5.90m, 5), new("Cat Dinding 5L Putih", 69.00m, 129.00m, 3),
            new("Skru M6 x50", 4.50m, 8.90m, 4), new("Masking Tape 24mm", 2.20m, 4.50m, 6), new("Spanar Set 8pcs", 25.90m, 59.90m),
            new("Extension Cord 4 Way", 19.90m, 45.00m, 2), new("Bin Liner 36x48 10s", 6.90m, 12.90m, 10), new("Safety Gloves", 3.90m, 9.90m, 10),
            new("Penyodok Besi", 22.00m, 48.00m, 2), new("Rope Nylon 10m", 8.50m, 18.00m, 4), new("Padlock 50mm", 12.90m, 35.00m, 3),
            new("Mesin Gerudi Bateri", 189.00m, 459.00m),
        ],
        [ReceiptTrade.Fuel] =
        [
            new("RON95", 20.00m, 120.00m), new("RON97", 30.00m, 150.00m), new("Diesel B10", 80.00m, 650.00m),
            new("Mineral Water 500ml", 1.00m, 1.80m, 6), new("Engine Oil 4L", 95.00m, 189.00m, 2), new("Car Wash", 12.00m, 25.00m),
            new("Air Radiator 1L", 6.90m, 12.00m, 2), new("Roti Sardin", 2.20m, 3.50m, 3),
        ],
        [ReceiptTrade.Restaurant] =
        [
            new("Nasi Lemak Ayam", 8.50m, 13.90m, 4), new("Teh Tarik", 1.80m, 2.80m, 6), new("Roti Canai", 1.30m, 2.00m, 8),
            new("Mee Goreng Mamak", 6.50m, 9.50m, 4), new("Kopi O Ais", 2.00m, 3.20m, 6), new("Nasi Campur", 8.00m, 16.00m, 6),
            new("Milo Ais", 2.80m, 4.20m, 6), new("Char Kuey Teow", 7.50m, 12.00m, 3), new("Roti Telur", 2.20m, 3.20m, 6),
            new("Ayam Goreng", 4.50m, 7.90m, 6), new("Sirap Limau", 2.20m, 3.50m, 6),
        ],
        [ReceiptTrade.Workshop] =
        [
            new("Tayar 195/65R15", 180.00m, 340.00m, 4), new("Bateri NS60", 190.00m, 320.00m), new("Minyak Hitam 4L", 95.00m, 180.00m),
            new("Oil Filter", 18.00m, 45.00m), new("Upah Servis", 40.00m, 150.00m), new("Brake Pad Depan", 80.00m, 260.00m),
            new("Wiper Blade 20in", 18.00m, 39.00m, 2), new("Alignment", 30.00m, 60.00m), new("Tayar Lori 10.00R20", 680.00m, 1150.00m, 6),
        ],
    };

    private static readonly string[] Streets = ["Jalan Kapar", "Jalan SS 2/24", "Jalan Meru", "Jln Sultan Idris", "Jalan Bukit Raja 3", "Lorong Haji Taib 2", "Jalan Tun Razak", "Jalan Batu Tiga Lama"];

    private static readonly string[] Towns = ["41050 Klang, Selangor", "47300 Petaling Jaya, Selangor", "50400 Kuala Lumpur", "40150 Shah Alam, Selangor", "42000 Pelabuhan Klang", "43000 Kajang, Selangor", "30450 Ipoh, Perak"];

    private static readonly string[] Footers = ["THANK YOU, PLEASE COME AGAIN", "Terima Kasih", "Goods sold are not returnable", "** THANK YOU **", "Sila Datang Lagi", "Keep this receipt for exchange"];

    private static Receipt Compose(Random random, Shop shop, DateOnly? printedOn)
    {
        var columns = Pick(random, [32, 42, 48]);
        var lines = new List<Line>();
        var money = Pick(random, MoneyFormats);
        var heading = Pick(random, ["TAX INVOICE", "RECEIPT", "CASH SALE", "RESIT", "OFFICIAL RECEIPT", "SIMPLIFIED TAX INVOICE"]);
        var headingOnTop = Chance(random, 0.2);
        if (headingOnTop)
        {
            lines.Add(new Line(heading, Centred: true));
        }

        lines.Add(new Line(shop.Name, Centred: true, Bold: Chance(random, 0.6), Large: Chance(random, 0.3)));
        if (Chance(random, 0.6))
        {
            var company = random.Next(100_000, 1_600_000).ToString(Invariant) + "-" + (char)('A' + random.Next(26));
            lines.Add(new Line(Chance(random, 0.5) ? $"({company})" : $"Co. Reg: {random.Next(2005, 2024)}01{random.Next(100_000, 999_999)} ({company})", Centred: true));
        }

        lines.Add(new Line($"{Pick(random, ["No. ", "Lot ", "No ", ""])}{random.Next(1, 300)}, {Pick(random, Streets)}", Centred: true));
        lines.Add(new Line(Pick(random, Towns), Centred: true));
        if (Chance(random, 0.6))
        {
            lines.Add(new Line($"Tel: 0{random.Next(3, 10)}-{random.Next(1000, 9999)} {random.Next(1000, 9999)}", Centred: true));
        }

        var taxRate = Pick(random, [0m, 0m, 6m, 8m]);
        if (taxRate > 0 || Chance(random, 0.2))
        {
            lines.Add(new Line($"SST ID: {Pick(random, ["W10", "B16", "J31"])}-{random.Next(1800, 1912)}-{random.Next(32_000_000, 32_999_999)}", Centred: true));
        }

        if (!headingOnTop && Chance(random, 0.8))
        {
            lines.Add(new Line(heading, Centred: true, Bold: true));
        }

        lines.Add(new Line(""));
        // Drawn even when the day is given, so a seed makes the same receipt either way.
        var drawn = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 3 * 365));
        var date = printedOn ?? drawn;
        var time = new TimeOnly(random.Next(7, 23), random.Next(60), random.Next(60));
        lines.Add(new Line($"{Pick(random, ["Receipt No", "Inv No", "Bill#", "Doc No"])}: {Pick(random, ["CS", "", "R", "INV"])}{random.Next(10_000, 9_999_999):D7}"));
        lines.AddRange(DateLines(random, date, time));
        if (Chance(random, 0.6))
        {
            lines.Add(new Line($"{Pick(random, ["Cashier", "Kasyer", "Counter"])}: {Pick(random, ["SITI", "AHMAD", "MEI LING", "RAJ", "01", "02"])}"));
        }

        var rule = new Line(new string(Pick(random, ['-', '=', '-']), 1), Rule: true);
        lines.Add(rule);

        var subtotal = 0m;
        var items = Items[shop.Trade];
        var quantities = 0;
        for (var i = random.Next(2, 13); i > 0; i--)
        {
            var item = Pick(random, items);
            var quantity = random.Next(1, item.MaxQuantity + 1);
            var price = Math.Round(item.Low + (decimal)random.NextDouble() * (item.High - item.Low), 1) + Pick(random, [0m, 0m, 0.05m, 0.09m]);
            var amount = quantity * price;
            subtotal += amount;
            quantities += quantity;
            if (quantity > 1 && Chance(random, 0.7))
            {
                lines.Add(new Line(item.Name));
                lines.Add(new Line($"  {quantity} x {price.ToString("F2", Invariant)}", money(amount)));
            }
            else
            {
                lines.Add(new Line(quantity > 1 ? $"{quantity} {item.Name}" : item.Name, money(amount)));
            }
        }

        lines.Add(rule);
        if (Chance(random, 0.3))
        {
            lines.Add(new Line($"{Pick(random, ["Total Qty", "TOTAL ITEMS", "Jumlah Kuantiti"])}: {quantities}"));
        }

        var discount = Chance(random, 0.12) ? Math.Round(subtotal * Pick(random, [0.05m, 0.1m]), 2) : 0m;
        var tax = Math.Round((subtotal - discount) * taxRate / 100m, 2, MidpointRounding.AwayFromZero);
        var payable = subtotal - discount + tax;
        var total = Math.Round(payable * 20m, MidpointRounding.AwayFromZero) / 20m;
        if (taxRate > 0 || discount > 0 || Chance(random, 0.5))
        {
            lines.Add(new Line(Pick(random, ["SUBTOTAL", "Sub Total", "Sub-Total", "Jumlah Kecil"]), money(subtotal)));
        }

        if (discount > 0)
        {
            lines.Add(new Line(Pick(random, ["Discount", "Diskaun", "Member Disc."]), "-" + money(discount)));
        }

        if (taxRate > 0)
        {
            var rate = taxRate.ToString("0", Invariant);
            lines.Add(new Line(Pick(random, [$"SST {rate}%", $"Service Tax {rate}%", $"SST @ {rate}%", $"Cukai Jualan {rate}%"]), money(tax)));
        }

        if (total != payable || Chance(random, 0.2))
        {
            lines.Add(new Line(Pick(random, ["Rounding", "Rounding Adj", "Penggenapan"]), (total - payable).ToString("0.00;-0.00", Invariant)));
        }

        var totalName = Pick<string>(random, taxRate > 0
            ? ["TOTAL", "GRAND TOTAL", "Total Incl. SST", "JUMLAH", "NETT TOTAL", "TOTAL (RM)", "AMOUNT DUE"]
            : ["TOTAL", "GRAND TOTAL", "JUMLAH", "NETT TOTAL", "TOTAL (RM)", "AMOUNT DUE", "Total Amount"]);
        lines.Add(new Line(totalName, money(total), Bold: Chance(random, 0.7), Large: Chance(random, 0.25)));

        if (Chance(random, 0.65))
        {
            var note = Pick(random, [10m, 50m, 100m]);
            var cash = Math.Ceiling(total / note) * note + (Chance(random, 0.3) ? note : 0m);
            lines.Add(new Line(Pick(random, ["CASH", "Tunai", "Cash Tendered"]), money(cash)));
            lines.Add(new Line(Pick(random, ["CHANGE", "Baki", "Change Due"]), money(cash - total)));
        }
        else
        {
            lines.Add(new Line(Pick(random, [$"VISA ****{random.Next(1000, 9999)}", $"MASTER ****{random.Next(1000, 9999)}", "Touch 'n Go eWallet", "DuitNow QR"]), money(total)));
        }

        lines.Add(new Line(""));
        lines.Add(new Line(Pick(random, Footers), Centred: true));
        return new Receipt(lines, columns, total, date);
    }

    private static readonly Func<decimal, string>[] MoneyFormats =
    [
        amount => amount.ToString("N2", Invariant),
        amount => amount.ToString("F2", Invariant),
        amount => "RM " + amount.ToString("N2", Invariant),
        amount => "RM" + amount.ToString("F2", Invariant),
    ];

    /// <summary>The date and time as shops print them: always day first, in one line or two, with or without a label.</summary>
    private static IEnumerable<Line> DateLines(Random random, DateOnly date, TimeOnly time)
    {
        var day = date.ToString(Pick(random, ["dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yy", "yyyy-MM-dd", "d MMM yyyy", "dd-MMM-yy", "dd/MM/yy"]), Invariant);
        if (day.Contains('-', StringComparison.Ordinal) && char.IsLetter(day[3]))
        {
            day = day.ToUpperInvariant();
        }

        var clock = time.ToString(Pick(random, ["HH:mm", "HH:mm:ss", "h:mm tt"]), Invariant);
        return random.Next(5) switch
        {
            0 => [new Line($"Date: {day}  Time: {clock}")],
            1 => [new Line($"{day} {clock}")],
            2 => [new Line($"Date : {day}", clock)],
            3 => [new Line($"Tarikh: {day}", $"Masa: {clock}")],
            _ => [new Line($"Date: {day}"), new Line($"Time: {clock}")],
        };
    }

    private static readonly (string Regular, string Bold)[] Fonts =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf"),
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf"),
        ("Documents/Fonts/NotoSans-Regular.ttf", "Documents/Fonts/NotoSans-Bold.ttf"),
    ];

    /// <summary>A font file, or the app's own Noto Sans where the machine lacks the Debian fonts (fonts-dejavu-core, fonts-liberation).</summary>
    private static SKTypeface Typeface(string file)
    {
        var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        return SKTypeface.FromFile(File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, "Documents", "Fonts", "NotoSans-Regular.ttf"));
    }

    /// <summary>The receipt on its paper strip, as the printer left it: about 18 px a column, ink from black to faded grey.</summary>
    private static SKBitmap Print(Random random, Receipt receipt)
    {
        var (regularFile, boldFile) = Pick(random, Fonts);
        using var regular = Typeface(regularFile);
        using var bold = Typeface(boldFile);
        var textWidth = receipt.Columns * 18f;
        using var font = new SKFont(regular, 30);
        font.Size = 30 * textWidth / font.MeasureText(new string('0', receipt.Columns));
        using var boldFont = new SKFont(bold, font.Size);
        using var largeFont = new SKFont(bold, font.Size * 1.4f);
        var lineHeight = font.Size * (1.15f + (float)random.NextDouble() * 0.25f);
        var margin = textWidth * (0.04f + (float)random.NextDouble() * 0.05f);
        var height = margin * 2 + receipt.Lines.Sum(line => line.Large ? lineHeight * 1.5f : lineHeight) + lineHeight;
        var paper = new SKBitmap((int)(textWidth + 2 * margin), (int)height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(paper);
        var white = (byte)random.Next(238, 256);
        canvas.Clear(new SKColor(white, white, (byte)(white - random.Next(0, 8))));
        var ink = random.Next(0, 90);
        var y = margin + lineHeight;
        foreach (var line in receipt.Lines)
        {
            var face = line.Large ? largeFont : line.Bold ? boldFont : font;
            y += line.Large ? lineHeight * 0.5f : 0f;
            var shade = (byte)Math.Clamp(ink + random.Next(-12, 13), 0, 150);
            using var paint = new SKPaint { Color = new SKColor(shade, shade, shade), IsAntialias = true };
            if (line.Rule)
            {
                var rule = string.Concat(Enumerable.Repeat(line.Left, (int)(textWidth / face.MeasureText(line.Left))));
                canvas.DrawText(rule, margin, y, SKTextAlign.Left, face, paint);
            }
            else if (line.Centred)
            {
                // A heading too wide for the paper prints smaller, never cut: the shop's name is what the reader must find.
                using var fitted = new SKFont(face.Typeface, face.Size * Math.Min(1f, textWidth / face.MeasureText(line.Left)));
                canvas.DrawText(line.Left, margin + textWidth / 2, y, SKTextAlign.Center, fitted, paint);
            }
            else
            {
                var right = line.Right.Length == 0 ? 0f : face.MeasureText(line.Right) + face.Size;
                canvas.DrawText(Fit(line.Left, face, textWidth - right), margin, y, SKTextAlign.Left, face, paint);
            }

            if (line.Right.Length > 0)
            {
                canvas.DrawText(line.Right, margin + textWidth, y, SKTextAlign.Right, face, paint);
            }

            y += lineHeight;
        }

        return paper;
    }

    /// <summary>Cuts text that would run into the amount beside it, as a printer's fixed columns do.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        while (text.Length > 1 && font.MeasureText(text) > width)
        {
            text = text[..^1];
        }

        return text;
    }

    /// <summary>
    /// The paper photographed: a portrait phone picture 1,200–2,400 px high, the paper turned up to 3° on a table,
    /// light falling off to one side, a little blur and sensor noise, then JPEG at quality 60–90.
    /// </summary>
    private static byte[] Photograph(Random random, SKBitmap paper)
    {
        var height = random.Next(1200, 2401);
        var width = height * 3 / 4;
        var scale = Math.Min(width * (0.6f + 0.3f * (float)random.NextDouble()) / paper.Width, height * (0.7f + 0.25f * (float)random.NextDouble()) / paper.Height);
        using var photo = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using (var canvas = new SKCanvas(photo))
        {
            var table = (byte)random.Next(60, 170);
            canvas.Clear(new SKColor(table, (byte)(table * 0.9), (byte)(table * 0.8)));
            canvas.Translate(width / 2f + random.Next(-width / 20, width / 20), height / 2f + random.Next(-height / 30, height / 30));
            canvas.RotateDegrees((float)(random.NextDouble() * 6 - 3));
            canvas.Scale(scale);
            canvas.Translate(-paper.Width / 2f, -paper.Height / 2f);
            using (var shadow = new SKPaint { Color = new SKColor(0, 0, 0, 90), ImageFilter = SKImageFilter.CreateBlur(12, 12) })
            {
                canvas.DrawRect(8, 10, paper.Width, paper.Height, shadow);
            }

            using var blur = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(0.3f / scale + (float)random.NextDouble() / scale, 0.3f / scale + (float)random.NextDouble() / scale) };
            using var image = SKImage.FromBitmap(paper);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear), blur);
            canvas.ResetMatrix();

            // Light from one side: up to 40 % darker at the far edge.
            var angle = random.NextDouble() * Math.PI * 2;
            var (dx, dy) = ((float)Math.Cos(angle) * width / 2, (float)Math.Sin(angle) * height / 2);
            var dark = (byte)random.Next(150, 235);
            using var light = new SKPaint
            {
                BlendMode = SKBlendMode.Multiply,
                Shader = SKShader.CreateLinearGradient(
                    new SKPoint(width / 2f - dx, height / 2f - dy), new SKPoint(width / 2f + dx, height / 2f + dy),
                    [SKColors.White, new SKColor(dark, dark, dark)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, light);
        }

        AddNoise(random, photo, random.Next(3, 10));
        using var jpeg = photo.Encode(SKEncodedImageFormat.Jpeg, random.Next(60, 91));
        return jpeg.ToArray();
    }

    /// <summary>Sensor grain: each pixel's brightness moved by roughly ±<paramref name="strength"/>.</summary>
    private static void AddNoise(Random random, SKBitmap photo, int strength)
    {
        var pixels = photo.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i += 4)
        {
            var grain = (random.Next(-strength, strength + 1) + random.Next(-strength, strength + 1)) / 2;
            for (var c = 0; c < 3; c++)
            {
                pixels[i + c] = (byte)Math.Clamp(pixels[i + c] + grain, 0, 255);
            }
        }
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    private static bool Chance(Random random, double probability) => random.NextDouble() < probability;
}
