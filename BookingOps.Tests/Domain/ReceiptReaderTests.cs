using BookingOps.Domain.Expenses;
using Microsoft.Extensions.Logging.Abstractions;
using SkiaSharp;

namespace BookingOps.Tests.Domain;

public sealed class ReceiptReaderTests
{
    [TesseractFact]
    public async Task A_photo_of_a_receipt_is_read_for_its_total_and_date()
    {
        var sample = ReceiptSamples.Generate(seed: 7, count: 1).Single();
        using var reader = Tesseract();

        var scan = await Read(reader, sample.Photo);

        Assert.NotNull(scan);
        Assert.Equal(sample.Total, scan.Total);
        Assert.Equal(sample.Date, scan.Date);
    }

    [TesseractFact]
    public async Task A_photo_stored_on_its_side_is_turned_upright_by_its_EXIF_orientation_before_it_is_read()
    {
        var sample = ReceiptSamples.Generate(seed: 7, count: 1).Single();
        using var reader = Tesseract();

        // What a phone held upright stores: the sensor's pixels turned a quarter anticlockwise, and orientation 6 to turn them back.
        var scan = await Read(reader, TestPhotos.WithOrientation(QuarterTurnAnticlockwise(sample.Photo), 6));

        Assert.NotNull(scan);
        Assert.Equal(sample.Total, scan.Total);
        Assert.Equal(sample.Date, scan.Date);
    }

    [TesseractFact]
    public async Task A_file_that_is_not_a_picture_is_refused_without_running_tesseract()
    {
        using var reader = Tesseract();

        Assert.Null(await Read(reader, "%PDF-1.7 not a photo"u8.ToArray()));
        Assert.Null(await Read(reader, [0xFF, 0xD8, 0xFF, 0xE0, 0x00]));
    }

    [Fact]
    public void Only_JPEG_and_PNG_pictures_are_prepared_for_OCR()
    {
        Assert.Null(ReceiptImage.Prepare("GIF89a"u8));
        Assert.Null(ReceiptImage.Prepare([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]));
        Assert.NotNull(ReceiptImage.Prepare(TestPhotos.Png(40, 30)));
    }

    [Fact]
    public async Task Without_tesseract_there_is_no_scan_and_no_error()
    {
        using var reader = new ReceiptReader("/nonexistent/tesseract", NullLogger<ReceiptReader>.Instance);

        Assert.False(reader.IsAvailable);
        Assert.Null(await Read(reader, TestPhotos.Png(40, 30)));
    }

    [Fact]
    public async Task When_the_OCR_program_fails_there_is_no_scan_and_no_error()
    {
        using var folder = new TempDirectory();
        using var reader = new ReceiptReader(Script(folder, "failing", "cat >/dev/null; echo 'Error: broken' >&2; exit 3"), NullLogger<ReceiptReader>.Instance);

        Assert.True(reader.IsAvailable);
        Assert.Null(await Read(reader, TestPhotos.Png(40, 30)));
    }

    [Fact]
    public async Task An_OCR_program_that_hangs_is_stopped_with_everything_it_started()
    {
        using var folder = new TempDirectory();
        var child = Path.Combine(folder.Path, "child.pid");
        var hanging = Script(folder, "hanging", $"cat >/dev/null; sleep 300 & echo $! > '{child}'; wait");
        using var reader = new ReceiptReader(hanging, NullLogger<ReceiptReader>.Instance, TimeSpan.FromSeconds(1));

        Assert.Null(await Read(reader, TestPhotos.Png(40, 30)));

        var pid = File.ReadAllText(child).Trim();
        Assert.True(SpinWait.SpinUntil(() => !IsRunning(pid), TimeSpan.FromSeconds(10)), $"the program's child {pid} still runs");
    }

    [Fact]
    public async Task At_most_two_photos_are_read_at_once_and_the_rest_wait_their_turn()
    {
        using var folder = new TempDirectory();
        var log = Path.Combine(folder.Path, "runs.log");
        var slow = Script(folder, "slow", $"cat >/dev/null; echo start >> '{log}'; sleep 0.3; echo end >> '{log}'; echo 'TOTAL 1.00'");
        using var reader = new ReceiptReader(slow, NullLogger<ReceiptReader>.Instance);

        var scans = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Read(reader, TestPhotos.Png(40, 30)))));

        Assert.All(scans, scan => Assert.Equal(1.00m, scan?.Total));
        var (running, most) = (0, 0);
        foreach (var line in File.ReadAllLines(log))
        {
            running += line == "start" ? 1 : -1;
            most = Math.Max(most, running);
        }

        Assert.Equal(ReceiptReader.MaxConcurrentReads, most);
    }

    [Fact]
    public void The_same_seed_makes_the_same_receipts()
    {
        var first = ReceiptSamples.Generate(seed: 3, count: 2).ToList();
        var again = ReceiptSamples.Generate(seed: 3, count: 2).ToList();

        Assert.Equal(first.Select(s => (s.Total, s.Date, s.Vendor)), again.Select(s => (s.Total, s.Date, s.Vendor)));
        Assert.Equal(first[0].Photo, again[0].Photo);
        Assert.NotEqual(first[0].Photo, first[1].Photo);
        Assert.Equal(".jpg", BookingOps.Domain.Common.ImageFormats.ExtensionOf(first[0].Photo));
    }

    private static ReceiptReader Tesseract() => new(ReceiptReader.DefaultExecutable, NullLogger<ReceiptReader>.Instance);

    private static async Task<ReceiptScan?> Read(ReceiptReader reader, byte[] photo)
    {
        using var stream = new MemoryStream(photo);
        return await reader.ReadAsync(stream, CancellationToken.None);
    }

    /// <summary>A shell script standing in for tesseract, to see how the reader handles a program that misbehaves.</summary>
    private static string Script(TempDirectory folder, string name, string body)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static bool IsRunning(string pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z", StringComparison.Ordinal);

    private static byte[] QuarterTurnAnticlockwise(byte[] jpeg)
    {
        using var upright = SKBitmap.Decode(jpeg);
        using var turned = new SKBitmap(upright.Height, upright.Width);
        using (var canvas = new SKCanvas(turned))
        {
            canvas.Translate(0, upright.Width);
            canvas.RotateDegrees(-90);
            using var image = SKImage.FromBitmap(upright);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        using var encoded = turned.Encode(SKEncodedImageFormat.Jpeg, 90);
        return encoded.ToArray();
    }
}
