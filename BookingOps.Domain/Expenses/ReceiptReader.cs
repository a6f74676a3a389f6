using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using BookingOps.Domain.Common;
using Microsoft.Extensions.Logging;

namespace BookingOps.Domain.Expenses;

/// <summary>
/// Reads a photo of a printed receipt with tesseract (Debian's tesseract-ocr, run as a program) to pre-fill an
/// expense. OCR is a help, never a step the user depends on: when tesseract is missing, fails or takes too long,
/// or the file is not a picture, the answer is null, the reason goes to the log, and the user types the fields.
/// One instance for the app: it lets at most <see cref="MaxConcurrentReads"/> photos be read at once, so ten
/// uploads at the same moment queue rather than start ten tesseracts on a small machine.
/// </summary>
public sealed partial class ReceiptReader(string executable, ILogger<ReceiptReader> logger, TimeSpan? timeout = null) : IDisposable
{
    /// <summary>The setting that names the tesseract program; by default "tesseract", found on the PATH.</summary>
    public const string ConfigurationKey = "BookingOps:Tesseract";

    public const string DefaultExecutable = "tesseract";

    /// <summary>Phones send 3–12 MB; a larger file is not a photo from one.</summary>
    public const int MaxImageBytes = 20 * 1024 * 1024;

    public const int MaxConcurrentReads = 2;

    /// <summary>A receipt takes tesseract a second or two here; far longer means it is stuck.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly TimeSpan timeLimit = timeout ?? DefaultTimeout;

    private readonly SemaphoreSlim reads = new(MaxConcurrentReads, MaxConcurrentReads);

    /// <summary>Whether the tesseract program is there (an absolute path, or a name found on the PATH).</summary>
    public bool IsAvailable => Locate(executable) is not null;

    /// <summary>
    /// Total, date and vendor as read off the photo (JPEG or PNG, turned upright by its EXIF orientation), or
    /// null when it could not be read. Only cancellation by the caller throws.
    /// </summary>
    public async Task<ReceiptScan?> ReadAsync(Stream image, CancellationToken cancellationToken)
    {
        var program = Locate(executable);
        if (program is null)
        {
            LogMissing(executable);
            return null;
        }

        byte[] upload;
        try
        {
            upload = await ImageFormats.ReadLimitedAsync(image, MaxImageBytes, () => new InvalidDataException(), cancellationToken);
        }
        catch (InvalidDataException)
        {
            LogNotAPicture($"larger than {MaxImageBytes / 1024 / 1024} MB");
            return null;
        }

        // Told by its first bytes, so a PDF or a document does not queue behind the photos being read.
        if (ImageFormats.ExtensionOf(upload) is null)
        {
            LogNotAPicture("not a JPEG or PNG picture");
            return null;
        }

        await reads.WaitAsync(cancellationToken);
        try
        {
            var prepared = ReceiptImage.Prepare(upload);
            if (prepared is null)
            {
                LogNotAPicture("a JPEG or PNG that cannot be decoded");
                return null;
            }

            var text = await RecogniseAsync(program, prepared, cancellationToken);
            return text is null ? null : ReceiptText.Parse(text);
        }
        finally
        {
            reads.Release();
        }
    }

    /// <summary>Tesseract's text for the picture, fed on standard input; null (and a log line) when it fails or runs out of time.</summary>
    private async Task<string?> RecogniseAsync(string program, byte[] png, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // One thread each: the semaphore, not OpenMP, decides how much of the machine OCR takes.
        start.Environment["OMP_THREAD_LIMIT"] = "1";

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeLimit);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception exception)
        {
            LogFailed(exception, program, -1, exception.Message);
            return null;
        }

        using (process)
        {
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(limit.Token);
                var error = process.StandardError.ReadToEndAsync(limit.Token);
                await process.StandardInput.BaseStream.WriteAsync(png, limit.Token);
                process.StandardInput.Close();
                await process.WaitForExitAsync(limit.Token);
                if (process.ExitCode != 0)
                {
                    LogFailed(null, program, process.ExitCode, await error);
                    return null;
                }

                return await output;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                LogTimedOut(timeLimit.TotalSeconds);
                return null;
            }
            catch (IOException exception)
            {
                // Tesseract closed its input early: it died on the picture.
                process.Kill(entireProcessTree: true);
                LogFailed(exception, program, -1, exception.Message);
                return null;
            }
        }
    }

    /// <summary>
    /// Standard input to standard output, in English, the page as one block of text (page segmentation mode 6).
    /// Modes 3 and 4, which look for columns, lose the amounts of a receipt photographed a little askew: its
    /// right-hand column drifts a line off its labels, and they dropped it whole (total right on 53 % of generated
    /// receipts with mode 4, 100 % with mode 6).
    /// </summary>
    private static readonly string[] Arguments = ["stdin", "stdout", "-l", "eng", "--psm", "6"];

    /// <summary>The program's full path: as configured when it holds a folder, else the first match on the PATH; null when it is not there.</summary>
    internal static string? Locate(string executable)
    {
        if (executable.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return File.Exists(executable) ? executable : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, executable))
            .FirstOrDefault(File.Exists);
    }

    public void Dispose() => reads.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receipt photos are not read: the OCR program {Executable} is not installed (Debian: apt-get install tesseract-ocr; or set BookingOps:Tesseract).")]
    private partial void LogMissing(string executable);

    [LoggerMessage(Level = LogLevel.Information, Message = "A receipt upload was not read: {Reason}.")]
    private partial void LogNotAPicture(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading a receipt photo failed: {Executable} exited with {ExitCode}: {Error}")]
    private partial void LogFailed(Exception? exception, string executable, int exitCode, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading a receipt photo took over {Seconds} s; tesseract was stopped.")]
    private partial void LogTimedOut(double seconds);
}
